package org.childsafe.assessment.domain;

import java.util.Locale;

/** Where a served result comes from. */
public enum ResultSource {
    /** Computed now from the current answers: a draft, or an assessment returned for changes. Not stored. */
    LIVE,
    /** The snapshot stored when the assessment was (last) submitted. */
    SUBMITTED,
    /** The snapshot stored when an auditor verified the assessment. */
    VERIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResultSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
