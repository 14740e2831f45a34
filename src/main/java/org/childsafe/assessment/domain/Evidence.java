package org.childsafe.assessment.domain;

import java.time.Instant;

/**
 * Evidence for an item: a description and a reference (where the document is kept), optionally an
 * uploaded, redacted file (its bytes are stored separately and never loaded with the assessment).
 */
public record Evidence(long id, String itemCode, String description, String reference, String fileName,
                       String fileType, Long fileSize, Instant createdAt, String createdBy) {
    public boolean hasFile() {
        return fileName != null;
    }
}
