package org.childsafe.assessment.service;

import org.childsafe.kernel.Actor;

/**
 * Something that can change an assessment's result was stored: an answer, evidence, a review, or a status.
 * Published synchronously inside the transaction that stored it, so that listeners (the action plan) change
 * their own records in the same transaction: all of it is committed, or none.
 *
 * @param assessmentId the assessment
 * @param actor        who made the change
 * @param what         what changed, for the audit trail
 */
public record AssessmentChanged(long assessmentId, Actor actor, What what) {

    /** What changed. */
    public enum What { ANSWER, EVIDENCE, REVIEW, STATUS }
}
