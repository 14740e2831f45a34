package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code review}: an auditor's review of one item. */
@MappedEntity("review")
public record ReviewRow(
        @Id @GeneratedValue Long id,
        long assessmentId,
        String itemCode,
        String answer,
        String comment,
        String reviewer,
        Instant reviewedAt,
        int version) {
}
