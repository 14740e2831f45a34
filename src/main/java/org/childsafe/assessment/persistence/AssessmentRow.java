package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code assessment}. */
@MappedEntity("assessment")
public record AssessmentRow(
        @Id @GeneratedValue Long id,
        long organisationId,
        long frameworkVersionId,
        String title,
        @Nullable String period,
        String status,
        @Nullable String returnComment,
        @Nullable String lastItemCode,
        Instant createdAt,
        String createdBy,
        @Nullable Instant submittedAt,
        @Nullable Instant verifiedAt,
        @Nullable String verifiedBy,
        @Nullable Long baselineId) {
}
