package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code answer}: one per answered item of an assessment. */
@MappedEntity("answer")
public record AnswerRow(
        @Id @GeneratedValue Long id,
        long assessmentId,
        String itemCode,
        String answer,
        @Nullable String comment,
        @Nullable String naReason,
        Instant updatedAt,
        String updatedBy,
        int version,
        boolean recheck,
        @Nullable String carriedFrom) {

    /** An answer given in this round. */
    public AnswerRow(Long id, long assessmentId, String itemCode, String answer, String comment, String naReason,
                     Instant updatedAt, String updatedBy, int version) {
        this(id, assessmentId, itemCode, answer, comment, naReason, updatedAt, updatedBy, version, false, null);
    }
}
