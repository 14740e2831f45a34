package org.childsafe.assessment.ui;

import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.assessment.service.AssessmentAnswering.EvidenceInput;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.framework.domain.Item;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.organisation.service.OrganisationService.OrganisationForm;
import org.childsafe.support.ViewTestBase;

import java.util.List;
import java.util.UUID;

/**
 * View tests of the assessment screens: each test gets its own organisation (linked to the signed-in
 * user) and a fresh draft assessment on the shipped cso-core 2026.1 checklist.
 */
abstract class AssessmentViewTestBase extends ViewTestBase {

    protected long organisationId;
    protected long assessmentId;

    @Override
    protected Role signedInRole() {
        return Role.MANAGER;
    }

    @Override
    protected Long[] organisationIds() {
        organisationId = context.getBean(OrganisationService.class).create(Actor.SYSTEM,
                new OrganisationForm("Shelter " + UUID.randomUUID(), "TH", "shelter", "small")).id();
        return new Long[] {organisationId};
    }

    @Override
    protected void beforeEachView() {
        Assessment started = service().start(Actor.SYSTEM, new StartForm(organisationId, "cso-core", "2026.1",
                "Self-check " + UUID.randomUUID().toString().substring(0, 6), "2026"));
        assessmentId = started.id();
    }

    protected AssessmentSteps service() {
        return AssessmentSteps.of(context);
    }

    protected AssessmentDetails details() {
        return service().details(Actor.SYSTEM, assessmentId);
    }

    protected List<String> criticalCodes() {
        return details().framework().items().filter(Item::critical).map(Item::code).toList();
    }

    /** Stores an answer through the service (as the system, which may work on every organisation). */
    protected void answer(String code, String answer, boolean withEvidence) {
        service().answer(Actor.SYSTEM, assessmentId, code, new AnswerInput(answer, null, null,
                withEvidence ? List.of(new EvidenceInput("Signed document", "Office file 1")) : null));
    }

    protected String walk(String step) {
        return "assessments/" + assessmentId + "/walk" + (step == null ? "" : "/" + step);
    }
}
