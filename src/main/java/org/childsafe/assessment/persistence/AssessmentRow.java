package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("assessment")
public record AssessmentRow(
        @Id @GeneratedValue Long id,
        long organisationId,
        long frameworkVersionId,
        String title,
        String period,
        String status,
        String returnComment,
        String lastItemCode,
        Instant createdAt,
        String createdBy,
        Instant submittedAt,
        Instant verifiedAt,
        String verifiedBy) {
}
