package org.childsafe.support;

import io.micronaut.context.ApplicationContext;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerSaved;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.kernel.Actor;

import java.util.List;

/**
 * The assessment services side by side, for tests that walk an assessment through its life in a few lines:
 * every call goes through the real service (transactions, access rules, events), nothing is faked.
 */
public record AssessmentSteps(AssessmentQueries queries, AssessmentAnswering answering, AssessmentWorkflow workflow) {

    public static AssessmentSteps of(ApplicationContext context) {
        return new AssessmentSteps(context.getBean(AssessmentQueries.class), context.getBean(AssessmentAnswering.class),
                context.getBean(AssessmentWorkflow.class));
    }

    public Assessment start(Actor actor, StartForm form) {
        return workflow.start(actor, form);
    }

    public AnswerSaved answer(Actor actor, long id, String itemCode, AnswerInput input) {
        return answering.answer(actor, id, itemCode, input);
    }

    public Evidence addEvidenceFile(Actor actor, long id, String itemCode, String description, String fileName,
                                    String fileType, byte[] data) {
        return answering.addEvidenceFile(actor, id, itemCode, description, fileName, fileType, data);
    }

    public StoredResult submit(Actor actor, long id) {
        return workflow.submit(actor, id);
    }

    public Review review(Actor actor, long id, String itemCode, String answer, String comment) {
        return workflow.review(actor, id, itemCode, answer, comment);
    }

    public StoredResult verify(Actor actor, long id) {
        return workflow.verify(actor, id);
    }

    public void returnToOrganisation(Actor actor, long id, String comment) {
        workflow.returnToOrganisation(actor, id, comment);
    }

    public AssessmentDetails details(Actor actor, long id) {
        return queries.details(actor, id);
    }

    public ServedResult score(Actor actor, long id) {
        return queries.result(actor, id);
    }

    public List<Evidence> evidence(Actor actor, long id, String itemCode) {
        return queries.evidence(actor, id, itemCode);
    }

    public List<Assessment> visible(Actor actor) {
        return queries.visible(actor);
    }
}
