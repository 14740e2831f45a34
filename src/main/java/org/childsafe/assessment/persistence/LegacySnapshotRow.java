package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A snapshot of the first format (table {@code score_snapshot}: the API's JSON) not yet copied. */
@Introspected
public record LegacySnapshotRow(long id, long assessmentId, String kind, String methodVersion, @Nullable Double score,
                                String resultJson, Instant createdAt) {
}
