package org.childsafe.assessment.domain;

import java.time.Instant;

/**
 * The organisation's own (self-assessed) answer to one item.
 *
 * @param version     grows by one with every change of the stored answer (1 when first stored)
 * @param recheck     a carried answer: taken from the baseline round as a suggestion, to be re-checked; it
 *                    counts as no answer until someone answers the item again
 * @param carriedFrom the baseline item it was carried from; null for an answer given in this round
 */
public record Answer(String itemCode, String answer, String comment, String naReason, Instant updatedAt,
                     String updatedBy, int version, boolean recheck, String carriedFrom) {

    /** An answer given in this round. */
    public Answer(String itemCode, String answer, String comment, String naReason, Instant updatedAt, String updatedBy,
                  int version) {
        this(itemCode, answer, comment, naReason, updatedAt, updatedBy, version, false, null);
    }
}
