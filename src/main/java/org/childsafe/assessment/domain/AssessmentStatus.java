package org.childsafe.assessment.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The review workflow: draft → submitted → in review (first auditor review) → verified (locked), or
 * returned to the manager with a comment (editable again like a draft, then submitted again).
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, IN_REVIEW, RETURNED, VERIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssessmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The organisation may still change answers and evidence. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** An auditor may review items, return or verify. */
    public boolean reviewable() {
        return this == SUBMITTED || this == IN_REVIEW;
    }
}
