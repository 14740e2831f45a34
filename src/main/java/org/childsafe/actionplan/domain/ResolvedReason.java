package org.childsafe.actionplan.domain;

/**
 * Why an action left the open plan: its item's gap closed. The action is kept with everything people wrote on
 * it, and comes back, the same action, when the gap reopens. {@link #code()} is what is stored and returned.
 */
public enum ResolvedReason {
    /** The item is now fully met (after the evidence gate). */
    MET("met"),
    /** The item is now answered "not applicable". */
    NOT_APPLICABLE("not_applicable"),
    /** The item no longer has an answer: it is listed under "still to assess" until it is answered again. */
    UNANSWERED("unanswered"),
    /** The item is no longer part of the assessment (it does not apply to the organisation). */
    NOT_IN_SCOPE("not_in_scope");

    private final String code;

    ResolvedReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static ResolvedReason fromCode(String code) {
        return Codes.fromCode(ResolvedReason.class, ResolvedReason::code, "resolved reason", code);
    }
}
