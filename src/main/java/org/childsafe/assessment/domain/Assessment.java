package org.childsafe.assessment.domain;

import java.time.Instant;

/**
 * One assessment of one organisation against one pinned framework version.
 *
 * @param baselineId the earlier round this one started from (its answers carried, to re-check); null when none
 */
public record Assessment(long id, long organisationId, long frameworkVersionId, String title, String period,
                         AssessmentStatus status, String returnComment, String lastItemCode, Instant createdAt,
                         String createdBy, Instant submittedAt, Instant verifiedAt, String verifiedBy, Long baselineId) {

    /**
     * This assessment after a workflow step.
     *
     * @param by      who takes the step (kept as the verifier)
     * @param at      when (kept as the submission or verification time)
     * @param comment the return comment, for {@link Transition#RETURN}
     * @throws org.childsafe.kernel.ConflictException when the status does not allow the step
     */
    public Assessment after(Transition transition, String by, Instant at, String comment) {
        AssessmentStatus next = status.after(transition);
        return new Assessment(id, organisationId, frameworkVersionId, title, period, next,
                transition == Transition.RETURN ? comment : returnComment, lastItemCode, createdAt, createdBy,
                transition == Transition.SUBMIT ? at : submittedAt,
                transition == Transition.VERIFY ? at : verifiedAt,
                transition == Transition.VERIFY ? by : verifiedBy, baselineId);
    }

    /** Where the person was last, to resume there. */
    public Assessment withLastItem(String itemCode) {
        return new Assessment(id, organisationId, frameworkVersionId, title, period, status, returnComment, itemCode,
                createdAt, createdBy, submittedAt, verifiedAt, verifiedBy, baselineId);
    }
}
