package org.childsafe.assessment.domain;

/** The bytes of an uploaded (redacted) evidence file, with its name and type. */
public record EvidenceFile(String fileName, String fileType, byte[] data) {
}
