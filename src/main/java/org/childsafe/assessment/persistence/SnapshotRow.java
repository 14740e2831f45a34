package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code result_snapshot}: one stored result, taken at submission or verification. */
@MappedEntity("result_snapshot")
public record SnapshotRow(
        @Id @GeneratedValue Long id,
        long assessmentId,
        long organisationId,
        long frameworkVersionId,
        String frameworkCode,
        String kind,
        String methodVersion,
        Instant takenAt,
        String takenBy) {
}
