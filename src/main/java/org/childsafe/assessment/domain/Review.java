package org.childsafe.assessment.domain;

import java.time.Instant;

/** An auditor's review of one item: the verified answer (the same one to confirm) and a comment. */
public record Review(String itemCode, String answer, String comment, String reviewer, Instant reviewedAt) {
}
