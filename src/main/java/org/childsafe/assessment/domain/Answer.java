package org.childsafe.assessment.domain;

import java.time.Instant;

/**
 * The organisation's own (self-assessed) answer to one item.
 *
 * @param version grows by one with every change of the stored answer (1 when first stored)
 */
public record Answer(String itemCode, String answer, String comment, String naReason, Instant updatedAt,
                     String updatedBy, int version) {
}
