package org.childsafe.actionplan;

import io.micronaut.context.ApplicationContext;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.assessment.service.AssessmentAnswering.EvidenceInput;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.TestUsers;

import java.util.List;
import java.util.UUID;

/**
 * A fresh organisation (unique name: the database is shared by test classes) with a manager and an assessment
 * on cso-core 2026.1, answered through the real service.
 */
public final class PlanScenario {

    public final Organisation organisation;
    public final Actor manager;
    public final Assessment assessment;
    private final ApplicationContext context;

    private PlanScenario(ApplicationContext context, Organisation organisation, Actor manager, Assessment assessment) {
        this.context = context;
        this.organisation = organisation;
        this.manager = manager;
        this.assessment = assessment;
    }

    public static PlanScenario start(ApplicationContext context) {
        Organisation org = context.getBean(OrganisationService.class).create(Actor.SYSTEM,
                new OrganisationService.OrganisationForm("Plan shelter " + UUID.randomUUID(), null, "shelter", null));
        Actor manager = TestUsers.create(context.getBean(IdentityService.class), Role.MANAGER, org.id());
        Assessment assessment = AssessmentSteps.of(context).start(manager,
                new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(org.id(), "cso-core", "2026.1", null, null));
        return new PlanScenario(context, org, manager, assessment);
    }

    public long id() {
        return assessment.id();
    }

    /** Answers an item without evidence (a critical item answered met is then claimed, not evidenced). */
    public PlanScenario answer(String itemCode, String answer) {
        AssessmentSteps.of(context).answer(manager, id(), itemCode, new AnswerInput(answer, null, null, null));
        return this;
    }

    /** Answers an item with one described piece of evidence. */
    public PlanScenario answerWithEvidence(String itemCode, String answer) {
        AssessmentSteps.of(context).answer(manager, id(), itemCode, new AnswerInput(answer, null, null,
                List.of(new EvidenceInput("Signed copy in the office file", "Cabinet 2"))));
        return this;
    }

    /** Answers an item and removes its described evidence. */
    public PlanScenario answerWithoutEvidence(String itemCode, String answer) {
        AssessmentSteps.of(context).answer(manager, id(), itemCode, new AnswerInput(answer, null, null, List.of()));
        return this;
    }

    /** Answers every critical item of cso-core 2026.1 the same way, with evidence. */
    public PlanScenario answerCritical(String answer) {
        AssessmentSteps.of(context).details(manager, id()).framework().items()
                .filter(org.childsafe.framework.domain.Item::critical)
                .forEach(item -> answerWithEvidence(item.code(), answer));
        return this;
    }

    public PlanScenario submit() {
        AssessmentSteps.of(context).submit(manager, id());
        return this;
    }

    public PlanScenario review(Actor auditor, String itemCode, String answer, String comment) {
        AssessmentSteps.of(context).review(auditor, id(), itemCode, answer, comment);
        return this;
    }

    public PlanScenario verify(Actor auditor) {
        AssessmentSteps.of(context).verify(auditor, id());
        return this;
    }

    public PlanScenario returnToOrganisation(Actor auditor, String comment) {
        AssessmentSteps.of(context).returnToOrganisation(auditor, id(), comment);
        return this;
    }

    /** Another user linked to this organisation. */
    public Actor user(Role role) {
        return TestUsers.create(context.getBean(IdentityService.class), role, organisation.id());
    }
}
