package org.childsafe.scoring;

import java.util.Objects;

/**
 * An auditor's review of one item. Its answer is the verified answer, and a review confirms the item for
 * the evidence gate (rule 3). A review answering {@code na} uses its comment as the written reason.
 *
 * @param answer  an option code of the framework's scale; required
 * @param comment the auditor's comment (the API requires one; scoring does not look at it except as an N/A reason)
 */
public record Review(String answer, String comment) {
    public Review {
        Objects.requireNonNull(answer, "a review needs an answer");
    }
}
