package org.childsafe.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.assessment.service.AssessmentAnswering.EvidenceInput;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.identity.service.IdentityService.UserForm;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.organisation.service.OrganisationService.OrganisationForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Demo data for newcomers ({@code app.demo=true}, env {@code APP_DEMO}): the one place where demo
 * content is seeded — organisations, users of every role (README, "Demo accounts") and assessments
 * at different stages over two cycles. It runs only on a database without organisations, so
 * restarting never duplicates anything. Everything goes through the services, as a person would.
 */
@Singleton
@Requires(property = "app.demo", value = "true")
@Order(100)
public class DemoData implements ApplicationEventListener<StartupEvent> {

    public static final String PASSWORD = "childsafe-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisations;
    private final IdentityService identity;
    private final AssessmentAnswering answering;
    private final AssessmentWorkflow workflow;

    public DemoData(OrganisationService organisations, IdentityService identity, AssessmentAnswering answering,
                    AssessmentWorkflow workflow) {
        this.organisations = organisations;
        this.identity = identity;
        this.answering = answering;
        this.workflow = workflow;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (organisations.count() > 0) {
            LOG.info("Demo data: the database already has organisations; nothing seeded");
            return;
        }
        Actor system = Actor.SYSTEM;
        Organisation baanRak = organisations.create(system, new OrganisationForm("Baan Rak Shelter, Chiang Rai", "TH", "shelter", "small"));
        Organisation mekong = organisations.create(system, new OrganisationForm("Mekong Youth Foundation", "TH", "ngo", "medium"));
        Organisation homestays = organisations.create(system, new OrganisationForm("Golden Triangle Homestays", "TH", "tourism", "small"));
        Organisation home = organisations.create(system, new OrganisationForm("Chiang Saen Children's Home", "TH", "school_like_home", "large"));

        user("demo-admin", "Demo Administrator", "admin", "en", List.of());
        Actor managerBaanRak = user("manager.baanrak", "Khun Malee (Baan Rak)", "manager", "th", List.of(baanRak.id()));
        Actor managerMekong = user("manager.mekong", "Somchai (Mekong Youth)", "manager", "en", List.of(mekong.id(), homestays.id()));
        Actor auditor = user("auditor.north", "Auditor, Northern network", "auditor", "en", List.of(baanRak.id(), mekong.id()));
        user("trainer.cr", "Trainer, Chiang Rai cohort", "trainer", "en",
                List.of(baanRak.id(), mekong.id(), homestays.id(), home.id()));

        // Baan Rak, 2025 round: the shelter baseline worked through in docs/scoring.md, submitted and verified
        Assessment baseline = workflow.start(managerBaanRak, new StartForm(baanRak.id(), "cso-core", "2026.1",
                "Baseline self-assessment", "2025"));
        answerAll(managerBaanRak, baseline.id(), Map.ofEntries(
                Map.entry("P1", "not_met"), Map.entry("P2", "not_met"), Map.entry("P3", "not_met"), Map.entry("P4", "not_met"),
                Map.entry("P5", "partial"), Map.entry("E1", "partial"), Map.entry("E2", "not_met"), Map.entry("E3", "partial"),
                Map.entry("E4", "not_met"), Map.entry("R1", "partial"), Map.entry("R2", "partial"), Map.entry("R3", "not_met"),
                Map.entry("R4", "not_met"), Map.entry("R5", "partial"), Map.entry("A1", "not_met"), Map.entry("A2", "not_met"),
                Map.entry("A3", "not_met"), Map.entry("A4", "not_met"), Map.entry("A5", "not_met"), Map.entry("E6", "partial"),
                Map.entry("R6", "not_met"), Map.entry("R8", "dont_know")));
        answering.answer(managerBaanRak, baseline.id(), "E5", new AnswerInput("na",
                "We do not work with partner organisations or contractors.", "We do not work with partner organisations or contractors.", null));
        workflow.submit(managerBaanRak, baseline.id());
        workflow.review(auditor, baseline.id(), "E1", "partial",
                "Focal point named in the staff list; no training record yet.");
        workflow.review(auditor, baseline.id(), "R1", "not_met",
                "The referral sheet lists no numbers (1300, police); changed to not met.");
        workflow.verify(auditor, baseline.id());

        // Baan Rak, 2026 round: work in progress (draft), with evidence on the policy
        Assessment current = workflow.start(managerBaanRak, new StartForm(baanRak.id(), "cso-core", "2026.1",
                "Annual self-assessment", "2026"));
        answering.answer(managerBaanRak, current.id(), "P1", new AnswerInput("met", "Approved by the board in March.",
                null, List.of(new EvidenceInput("Signed safeguarding policy with board minute", "Office binder 1, page 3"))));
        answerAll(managerBaanRak, current.id(), Map.of("P2", "partial", "P3", "met", "E1", "met", "E2", "partial",
                "E3", "partial", "R1", "met"));

        // Mekong Youth, 2026: submitted, in review with the auditor
        Assessment mekongRound = workflow.start(managerMekong, new StartForm(mekong.id(), "cso-core", "2026.1",
                "Self-assessment for the donor review", "2026"));
        mekongRound.id();
        answerAll(managerMekong, mekongRound.id(), Map.ofEntries(
                Map.entry("P1", "met"), Map.entry("P2", "not_met"), Map.entry("P3", "partial"), Map.entry("P4", "met"),
                Map.entry("P5", "partial"), Map.entry("E1", "met"), Map.entry("E2", "met"), Map.entry("E3", "met"),
                Map.entry("E4", "partial"), Map.entry("E5", "met"), Map.entry("R1", "met"), Map.entry("R2", "not_met"),
                Map.entry("R3", "partial"), Map.entry("R4", "not_met"), Map.entry("R5", "met"), Map.entry("A1", "met"),
                Map.entry("A2", "met"), Map.entry("A3", "not_met"), Map.entry("A4", "met"), Map.entry("A5", "partial"),
                Map.entry("E6", "met"), Map.entry("R6", "met"), Map.entry("R8", "partial")));
        workflow.submit(managerMekong, mekongRound.id());
        workflow.review(auditor, mekongRound.id(), "P1", "met", "Policy seen, signed and dated.");

        // Golden Triangle Homestays: The Code, started
        Assessment code = workflow.start(managerMekong, new StartForm(homestays.id(), "the-code", "2026.1",
                "The Code yearly check", "2026"));
        answerAll(managerMekong, code.id(), Map.of("C1.1", "partial", "C2.1", "not_met"));
        LOG.info("Demo data seeded: 4 organisations, 5 demo users (password '{}'), 4 assessments", PASSWORD);
    }

    private Actor user(String username, String name, String role, String language, List<Long> organisationIds) {
        // marked as demo accounts: they stop signing in once APP_DEMO is off
        IdentityService.User user = identity.createDemo(new UserForm(username, name, PASSWORD, role,
                language, organisationIds));
        return identity.actor(user.id()).orElseThrow();
    }

    private void answerAll(Actor actor, long assessmentId, Map<String, String> answers) {
        answers.forEach((item, answer) -> answering.answer(actor, assessmentId, item,
                new AnswerInput(answer, null, null, null)));
    }
}
