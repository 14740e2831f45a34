package org.childsafe.scoring;

import java.util.Objects;

/**
 * What an assessment holds for one item: the self-assessed answer, evidence and an optional auditor review.
 *
 * @param itemCode         the item's code in the pinned framework version
 * @param answer           the self-assessed option code, or null while unanswered
 * @param naReason         the written reason when the answer is {@code na}; null otherwise
 * @param evidenceAttached whether at least one piece of evidence is attached to the item
 * @param review           the auditor's review, or null when the item has not been reviewed
 */
public record ItemResponse(String itemCode, String answer, String naReason, boolean evidenceAttached, Review review) {

    public ItemResponse {
        Objects.requireNonNull(itemCode, "itemCode");
    }

    /** A self-assessed answer without evidence or review. */
    public static ItemResponse answered(String itemCode, String answer) {
        return new ItemResponse(itemCode, answer, null, false, null);
    }

    public ItemResponse withEvidence(boolean attached) {
        return new ItemResponse(itemCode, answer, naReason, attached, review);
    }

    public ItemResponse withReview(Review newReview) {
        return new ItemResponse(itemCode, answer, naReason, evidenceAttached, newReview);
    }
}
