package org.childsafe.assessment.domain;

import java.time.Instant;

/** An auditor's review of one item: the verified answer (the same one to confirm) and a comment. */
public record Review(String itemCode, String answer, String comment, String reviewer, Instant reviewedAt,
                     int version) {

    /**
     * Whether this review still stands for the organisation's answer: a review applies to the answer it
     * reviewed; once the organisation changes that answer (after the assessment was returned), the review
     * no longer counts and the auditor reviews the item again.
     */
    public boolean appliesTo(Answer answer) {
        return answer == null || !answer.updatedAt().isAfter(reviewedAt);
    }
}
