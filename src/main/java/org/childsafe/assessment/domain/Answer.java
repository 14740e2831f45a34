package org.childsafe.assessment.domain;

import java.time.Instant;

/** The organisation's own (self-assessed) answer to one item. */
public record Answer(String itemCode, String answer, String comment, String naReason, Instant updatedAt,
                     String updatedBy) {
}
