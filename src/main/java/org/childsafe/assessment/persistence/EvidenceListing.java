package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** An evidence row without its file bytes (a projection of {@link EvidenceRow}). */
@Introspected
public record EvidenceListing(long id, String itemCode, String description, @Nullable String reference,
                              @Nullable String fileName, @Nullable String fileType, @Nullable Long fileSize,
                              Instant createdAt, String createdBy) {
}
