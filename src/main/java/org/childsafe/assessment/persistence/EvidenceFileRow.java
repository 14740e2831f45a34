package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Introspected;

/** An uploaded file's name, type and bytes (a projection of {@link EvidenceRow}). */
@Introspected
public record EvidenceFileRow(String fileName, String fileType, byte[] fileData) {
}
