package org.childsafe.rounds;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.service.ActionPatch;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.assessment.service.AssessmentAnswering.EvidenceInput;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Rounds on the round kit (src/test/resources/rounds), with numbers worked out by hand:
 * <pre>
 * round 1, version 1, verified: P1 met (evidence) 1, P2 met, reviewed partial 0.5, P3 not met 0, P6 met 1
 *                                -> P = 2.5 / 4 = 62.5;  R1 partial 0.5, R2 n/a -> R = 50.0;  S = 56.25
 * round 2, version 2, submitted: P1 met 1, P4 partial 0.5, P5 not met 0 -> P = 50.0;
 *                                 R1 partial 0.5, R3 n/a -> R = 50.0;  S = 50.0 (basic)
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundsIT {

    @Inject
    ApplicationContext context;
    @Inject
    OrganisationService organisations;
    @Inject
    IdentityService identity;
    @Inject
    FrameworkLibrary frameworks;
    @Inject
    ActionPlanService plans;
    @Inject
    @Client("/")
    HttpClient client;

    private AssessmentSteps steps;
    private long org;
    private long quietOrg;
    private Actor manager;
    private Actor auditor;
    private Actor trainer;
    private Assessment first;

    @BeforeAll
    void aVerifiedFirstRound() {
        steps = AssessmentSteps.of(context);
        frameworks.importFile(Actor.SYSTEM, RoundKit.bytes("1"));
        frameworks.importFile(Actor.SYSTEM, RoundKit.bytes("2"));
        org = organisation("Rounds shelter");
        quietOrg = organisation("Rounds newcomer");
        manager = TestUsers.create(identity, Role.MANAGER, org);
        auditor = TestUsers.create(identity, Role.AUDITOR, org);
        trainer = TestUsers.create(identity, Role.TRAINER, org, quietOrg);

        first = steps.start(manager, new StartForm(org, "round-kit", "1", "Round 1", "2025"));
        steps.answer(manager, first.id(), "P1", new AnswerInput("met", "Board minute", null,
                List.of(new EvidenceInput("Signed policy", "Office file 1"))));
        steps.answer(manager, first.id(), "P2", new AnswerInput("met", null, null, null));
        steps.answer(manager, first.id(), "P3", new AnswerInput("not_met", null, null, null));
        steps.answer(manager, first.id(), "P6", new AnswerInput("met", null, null, null));
        steps.answer(manager, first.id(), "R1", new AnswerInput("partial", "A focal point, no deputy", null, null));
        steps.answer(manager, first.id(), "R2", new AnswerInput("na", null, "We keep no written notes yet", null));
        steps.submit(manager, first.id());
        steps.review(auditor, first.id(), "P2", "partial", "Half of the staff have the policy");
        steps.verify(auditor, first.id());
        // the first round's plan: P3 done, R1 in progress with an owner
        for (ActionItem a : plans.plan(manager, first.id()).open()) {
            if (a.itemCode().equals("P3")) {
                plans.update(manager, first.id(), a.id(), ActionPatch.of(ActionPatch.STATUS, "done"));
            }
            if (a.itemCode().equals("R1")) {
                plans.update(manager, first.id(), a.id(), ActionPatch.of(ActionPatch.STATUS, "in_progress")
                        .and(ActionPatch.OWNER, "Khun Noi").and(ActionPatch.FIRST_STEP, "Name a deputy"));
            }
        }
    }

    private long organisation(String name) {
        return organisations.create(Actor.SYSTEM, new OrganisationService.OrganisationForm(
                name + " " + UUID.randomUUID(), "TH", "shelter", "small")).id();
    }

    private Http.Answer call(Actor who, MutableHttpRequest<?> request) {
        return Http.call(client, request.basicAuth(who.username(), TestUsers.PASSWORD));
    }

    /** A second round on version 2, started from the first, every carried answer re-checked. */
    private Assessment secondRound() {
        Assessment second = steps.start(manager, new StartForm(org, "round-kit", "2", "Round 2", "2026", first.id()));
        steps.answer(manager, second.id(), "P1", new AnswerInput("met", "Board minute", null, null));
        steps.answer(manager, second.id(), "P4", new AnswerInput("partial", null, null, null));
        steps.answer(manager, second.id(), "P5", new AnswerInput("not_met", null, null, null));
        steps.answer(manager, second.id(), "R1", new AnswerInput("partial", null, null, null));
        steps.answer(manager, second.id(), "R3", new AnswerInput("na", null, "We keep no written notes yet", null));
        steps.submit(manager, second.id());
        return second;
    }

    @Test
    void a_new_round_carries_the_effective_answers_as_suggestions_to_recheck() {
        Assessment second = steps.start(manager, new StartForm(org, "round-kit", "2", "Round 2", "2026", first.id()));

        List<Map<String, Object>> answers = call(manager, HttpRequest.GET("/api/assessments/" + second.id() + "/answers"))
                .jsonList();
        assertThat(answers).extracting(a -> a.get("itemCode"), a -> a.get("answer"), a -> a.get("recheck"),
                        a -> a.get("carriedFrom"))
                .as("P4 carries on two items and P5 none: nothing carried for them")
                .containsExactly(tuple("P1", "met", true, "P1"),
                        tuple("R1", "partial", true, "R1"),
                        tuple("R3", "na", true, "R2"));
        assertThat(answers.get(0).get("evidence").toString()).contains("Signed policy");
        assertThat(answers.get(2).get("naReason")).isEqualTo("We keep no written notes yet");

        var details = steps.details(manager, second.id());
        assertThat(details.recheckCount()).isEqualTo(3);
        assertThat(details.answeredCount()).as("a carried answer is not an answer yet").isZero();
        assertThat(steps.score(manager, second.id()).result().effective().score()).isNull();
        assertThatThrownBy(() -> steps.submit(manager, second.id())).as("the critical P1 is only carried")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("P1");

        // one click confirms an unchanged answer: the carried evidence stays, with its first date
        steps.answer(manager, second.id(), "P1", new AnswerInput("met", "Board minute", null, null));
        var after = steps.details(manager, second.id());
        assertThat(after.recheckCount()).isEqualTo(2);
        assertThat(after.answered("P1")).isPresent();
        assertThat(steps.evidence(manager, second.id(), "P1")).singleElement().satisfies(e ->
                assertThat(e.createdAt()).isEqualTo(steps.evidence(manager, first.id(), "P1").get(0).createdAt()));
    }

    @Test
    void on_the_same_version_the_auditors_answer_is_the_one_carried() {
        Assessment again = steps.start(manager, new StartForm(org, "round-kit", "1", "Round 1b", "2026", first.id()));
        var carried = steps.details(manager, again.id()).answers().get("P2");
        assertThat(carried.answer()).isEqualTo("partial");
        assertThat(carried.recheck()).isTrue();
    }

    @Test
    void a_baseline_that_does_not_fit_is_refused_with_the_field_and_nothing_is_stored() {
        long other = organisation("Rounds other");
        Actor otherManager = TestUsers.create(identity, Role.MANAGER, other, org);
        Assessment draft = steps.start(manager, new StartForm(org, "round-kit", "1", "Draft", null));
        Assessment csoCore = steps.start(manager, new StartForm(org, "cso-core", "2026.1", "Core", null));
        int before = steps.visible(Actor.SYSTEM).size();

        for (Object[] bad : new Object[][]{
                {manager, org, draft.id(), "no stored result"},
                {otherManager, other, first.id(), "another organisation"},
                {manager, org, 987654321L, "not an assessment"}}) {
            Http.Answer refused = call((Actor) bad[0], HttpRequest.POST("/api/assessments", Map.of(
                    "organisationId", bad[1], "framework", "round-kit", "version", "2", "baseline", bad[2])));
            assertThat(refused.status()).as((String) bad[3]).isEqualTo(400);
            assertThat(refused.body()).as((String) bad[3]).contains("\"path\":\"baseline\"");
        }
        Http.Answer otherFramework = call(manager, HttpRequest.POST("/api/assessments", Map.of("organisationId", org,
                "framework", "cso-core", "version", "2026.1", "baseline", first.id())));
        assertThat(otherFramework.status()).isEqualTo(400);
        assertThat(otherFramework.body()).contains("round-kit");
        assertThat(steps.visible(Actor.SYSTEM)).hasSize(before);
        assertThat(csoCore.baselineId()).isNull();
    }

    @Test
    void open_and_in_progress_actions_pass_to_the_item_that_carries_them_on() {
        Assessment second = secondRound();
        ActionItem r1 = plans.plan(manager, second.id()).open().stream().filter(a -> a.itemCode().equals("R1"))
                .findFirst().orElseThrow();
        assertThat(r1.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(r1.owner()).isEqualTo("Khun Noi");
        assertThat(r1.firstStep()).isEqualTo("Name a deputy");
        ActionItem p4 = plans.plan(manager, second.id()).open().stream().filter(a -> a.itemCode().equals("P4"))
                .findFirst().orElseThrow();
        assertThat(p4.owner()).as("P4 carries on two items: no single predecessor").isNull();
    }

    @Test
    void two_rounds_compare_like_for_like_and_the_trend_lists_them_oldest_first() {
        Assessment second = secondRound();

        Map<String, Object> c = call(manager, HttpRequest.GET("/api/assessments/" + second.id() + "/comparison?with="
                + first.id())).json();
        assertThat(c.get("from")).isEqualTo((int) first.id());
        assertThat(c.get("score")).isEqualTo(Map.of("from", 56.3, "to", 50.0, "change", -6.3));
        assertThat(c.get("domains").toString()).isEqualTo("[{code=P, from=62.5, to=50.0, change=-12.5},"
                + " {code=R, from=50.0, to=50.0, change=0.0}]");
        assertThat(c.get("items").toString()).isEqualTo("[{code=P1, fromCodes=[P1], from=1.0, to=1.0, change=same},"
                + " {code=P4, fromCodes=[P2, P3], from=0.25, to=0.5, change=improved},"
                + " {code=R1, fromCodes=[R1], from=0.5, to=0.5, change=same}]");
        assertThat(c.get("newItems")).isEqualTo(List.of("P5"));
        assertThat(c.get("droppedItems")).isEqualTo(List.of("P6"));
        assertThat(c.get("actionsCompleted")).isEqualTo(1);

        List<Map<String, Object>> trend = call(auditor, HttpRequest.GET("/api/organisations/" + org
                + "/trend?framework=round-kit")).jsonList();
        assertThat(trend).extracting(t -> t.get("assessmentId"), t -> t.get("version"), t -> t.get("verified"),
                        t -> t.get("score"), t -> t.get("rating"))
                .startsWith(tuple((int) first.id(), "1", true, 56.3, "basic"))
                .contains(tuple((int) second.id(), "2", false, 50.0, "basic"));
        assertThat(trend.get(0).get("domains").toString()).isEqualTo("[{code=P, score=62.5}, {code=R, score=50.0}]");

        // bad input: two organisations, no stored result, unknown framework
        long other = organisation("Rounds compare other");
        Assessment foreign = steps.start(Actor.SYSTEM, new StartForm(other, "round-kit", "1", "Other", null));
        Http.Answer twoOrganisations = call(TestUsers.create(identity, Role.MANAGER, org, other),
                HttpRequest.GET("/api/assessments/" + second.id() + "/comparison?with=" + foreign.id()));
        assertThat(twoOrganisations.status()).isEqualTo(400);
        assertThat(twoOrganisations.body()).contains("\"path\":\"with\"");
        Http.Answer unknown = call(manager, HttpRequest.GET("/api/organisations/" + org + "/trend?framework=nope"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"path\":\"framework\"");
        assertThat(call(TestUsers.create(identity, Role.MANAGER, other), HttpRequest.GET("/api/organisations/" + org
                + "/trend?framework=round-kit")).status()).as("another organisation's manager").isEqualTo(404);
    }

    @Test
    void the_dashboard_shows_the_latest_round_by_domain_with_markers_and_the_cohort_summary() {
        Assessment second = secondRound();
        ActionItem r1 = plans.plan(manager, second.id()).open().stream().filter(a -> a.itemCode().equals("R1"))
                .findFirst().orElseThrow();
        plans.update(manager, second.id(), r1.id(), ActionPatch.of(ActionPatch.DUE_DATE, "2026-01-15"));

        Http.Answer created = call(trainer, HttpRequest.POST("/api/cohorts", Map.of("name", "North " + UUID.randomUUID(),
                "organisationIds", List.of(org, quietOrg))));
        assertThat(created.status()).isEqualTo(201);
        long cohort = ((Number) created.json().get("id")).longValue();

        Map<String, Object> board = call(trainer, HttpRequest.GET("/api/cohorts/" + cohort
                + "/dashboard?framework=round-kit")).json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) board.get("organisations");
        Map<String, Object> shelter = lines.stream().filter(l -> ((Number) l.get("id")).longValue() == org)
                .findFirst().orElseThrow();
        assertThat(shelter.get("rounds")).as("this class's rounds: the first and at least one second").matches(
                n -> ((Number) n).intValue() >= 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) shelter.get("latest");
        assertThat(latest.get("assessmentId")).isEqualTo((int) second.id());
        assertThat(latest.get("score")).isEqualTo(50.0);
        assertThat(latest.get("rating")).isEqualTo("basic");
        assertThat(latest.get("domains").toString()).isEqualTo("[{code=P, score=50.0}, {code=R, score=50.0}]");
        assertThat(shelter.get("overdueActions")).isEqualTo(1);
        Map<String, Object> newcomer = lines.stream().filter(l -> ((Number) l.get("id")).longValue() == quietOrg)
                .findFirst().orElseThrow();
        assertThat(newcomer.get("latest")).isNull();
        assertThat(newcomer.get("rounds")).isEqualTo(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) board.get("summary");
        assertThat(summary.get("ratings")).isEqualTo(Map.of("basic", 1));
        assertThat(summary.get("notAssessed")).isEqualTo(1);
        assertThat(summary.get("commonGaps").toString()).isEqualTo("[{itemCode=P4, organisations=1},"
                + " {itemCode=P5, organisations=1}, {itemCode=R1, organisations=1}]");
        assertThat(summary.get("actions")).isEqualTo(Map.of("done", 0, "open", 3));
    }

    @Test
    void stuck_domains_are_those_that_did_not_improve_over_the_last_two_rounds() {
        Assessment second = secondRound();
        long cohort = ((Number) call(trainer, HttpRequest.POST("/api/cohorts", Map.of("name", "Stuck " + UUID.randomUUID(),
                "organisationIds", List.of(org)))).json().get("id")).longValue();
        Map<String, Object> board = call(trainer, HttpRequest.GET("/api/cohorts/" + cohort
                + "/dashboard?framework=round-kit")).json();
        // latest round: this class's newest second round; the round before it: another second round (same
        // scores) or the first (P 62.5 -> 50, R 50 -> 50): either way neither domain improved
        assertThat(board.get("organisations").toString()).contains("stuckDomains=[P, R]")
                .contains("assessmentId=" + second.id());
    }

    @Test
    void cohorts_belong_to_their_trainer_and_managers_never_see_one() {
        long cohort = ((Number) call(trainer, HttpRequest.POST("/api/cohorts", Map.of("name", "Own " + UUID.randomUUID(),
                "organisationIds", List.of(org)))).json().get("id")).longValue();
        Actor otherTrainer = TestUsers.create(identity, Role.TRAINER, org);

        assertThat(call(otherTrainer, HttpRequest.GET("/api/cohorts/" + cohort + "/dashboard?framework=round-kit"))
                .status()).isEqualTo(404);
        assertThat(call(otherTrainer, HttpRequest.GET("/api/cohorts")).jsonList())
                .noneMatch(c -> ((Number) c.get("id")).longValue() == cohort);
        assertThat(call(manager, HttpRequest.GET("/api/cohorts")).status()).isEqualTo(403);
        assertThat(call(manager, HttpRequest.GET("/api/cohorts/" + cohort + "/dashboard?framework=round-kit"))
                .status()).isEqualTo(403);

        int before = call(trainer, HttpRequest.GET("/api/cohorts")).jsonList().size();
        long notFollowed = organisation("Rounds not followed");
        Http.Answer refused = call(trainer, HttpRequest.POST("/api/cohorts", Map.of("name", "Too wide",
                "organisationIds", List.of(org, notFollowed))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"path\":\"organisationIds\"").contains(String.valueOf(notFollowed));
        assertThat(call(trainer, HttpRequest.GET("/api/cohorts")).jsonList()).as("nothing stored").hasSize(before);
        Http.Answer unknownFramework = call(trainer, HttpRequest.GET("/api/cohorts/" + cohort + "/dashboard?framework=nope"));
        assertThat(unknownFramework.status()).isEqualTo(400);
        assertThat(unknownFramework.body()).contains("\"path\":\"framework\"");

        Http.Answer byAdmin = Http.call(client, HttpRequest.POST("/api/cohorts", Map.of("name", "For " + trainer.username(),
                "organisationIds", List.of(org), "trainer", trainer.username()))
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(call(trainer, HttpRequest.GET("/api/cohorts")).jsonList()).extracting(c -> c.get("trainer"))
                .containsOnly(trainer.username());
    }
}
