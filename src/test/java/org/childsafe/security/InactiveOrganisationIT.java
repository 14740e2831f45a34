package org.childsafe.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A deactivated organisation is read-only for its people, through every service that asks Access. */
@MicronautTest(transactional = false)
class InactiveOrganisationIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;
    @Inject
    io.micronaut.context.ApplicationContext context;
    AssessmentSteps assessments;

    private Actor admin;
    private Organisation home;
    private Actor manager;
    private Actor auditor;
    private Assessment draft;
    private Assessment submitted;

    @BeforeEach
    void anOrganisationWithWork() {
        admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        home = organisations.create(admin, new OrganisationService.OrganisationForm("Paused home " + UUID.randomUUID(),
                "TH", "shelter", "small"));
        manager = TestUsers.create(identity, Role.MANAGER, home.id());
        auditor = TestUsers.create(identity, Role.AUDITOR, home.id());
        assessments = AssessmentSteps.of(context);
        draft = assessments.start(manager, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(home.id(), "cso-core", "2026.1", null, null));
        submitted = assessments.start(manager, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(home.id(), "cso-core", "2026.1", null, null));
        for (String code : org.childsafe.assessment.AssessmentFlowIT.CSO_CRITICAL) {
            assessments.answer(manager, submitted.id(), code, new org.childsafe.assessment.service.AssessmentAnswering.AnswerInput("not_met", null, null,
                    null));
        }
        assessments.submit(manager, submitted.id());
        organisations.setActive(admin, home.id(), false);
    }

    private Http.Answer as(Actor who, io.micronaut.http.MutableHttpRequest<?> request) {
        return Http.call(client, request.basicAuth(who.username(), TestUsers.PASSWORD));
    }

    @Test
    void its_manager_still_reads_but_no_longer_answers_or_starts_and_is_told_why() {
        assertThat(as(manager, HttpRequest.GET("/api/assessments/" + draft.id() + "/score")).status()).isEqualTo(200);

        Http.Answer answer = as(manager, HttpRequest.PUT("/api/assessments/" + draft.id() + "/answers/P1",
                Map.of("answer", "met")));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").toString()).contains("This organisation has been deactivated");

        Http.Answer thai = as(manager, HttpRequest.PUT("/api/assessments/" + draft.id() + "/answers/P1",
                Map.of("answer", "met")).header("Accept-Language", "th"));
        assertThat(thai.json().get("error").toString()).contains("ปิดการใช้งาน");

        assertThat(as(manager, HttpRequest.POST("/api/assessments", Map.of("organisationId", home.id(),
                "framework", "cso-core", "version", "2026.1"))).status()).isEqualTo(403);
        assertThat(as(manager, HttpRequest.POST("/api/assessments/" + draft.id() + "/submit", Map.of())).status())
                .isEqualTo(403);
    }

    @Test
    void its_auditor_still_reads_but_no_longer_reviews() {
        assertThat(as(auditor, HttpRequest.GET("/api/assessments/" + submitted.id() + "/score")).status()).isEqualTo(200);
        Http.Answer review = as(auditor, HttpRequest.PUT("/api/assessments/" + submitted.id() + "/reviews/P1",
                Map.of("answer", "met", "comment", "seen")));
        assertThat(review.status()).isEqualTo(403);
        assertThat(review.body()).contains("deactivated");
    }

    @Test
    void its_action_plan_is_read_only_for_the_manager() {
        Http.Answer plan = as(manager, HttpRequest.GET("/api/assessments/" + submitted.id() + "/actions"));
        assertThat(plan.status()).isEqualTo(200);
        Map<String, Object> first = plan.jsonList().get(0);
        Http.Answer patch = as(manager, HttpRequest.PATCH("/api/assessments/" + submitted.id() + "/actions/"
                + first.get("id"), Map.of("owner", "Khun Noi")));
        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.body()).contains("deactivated");
    }

    @Test
    void an_administrator_activates_it_again_and_work_goes_on() {
        organisations.setActive(admin, home.id(), true);
        assertThat(as(manager, HttpRequest.PUT("/api/assessments/" + draft.id() + "/answers/P1",
                Map.of("answer", "met"))).status()).isEqualTo(200);
    }
}
