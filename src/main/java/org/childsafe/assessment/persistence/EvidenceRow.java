package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A row of table {@code evidence}, as written. Reads never load the file bytes with the row: lists read
 * {@link EvidenceListing}, a download reads {@link EvidenceFileRow}.
 */
@MappedEntity("evidence")
public record EvidenceRow(
        @Id @GeneratedValue Long id,
        long assessmentId,
        String itemCode,
        String description,
        @Nullable String reference,
        @Nullable String fileName,
        @Nullable String fileType,
        @Nullable Long fileSize,
        @Nullable byte[] fileData,
        Instant createdAt,
        String createdBy) {
}
