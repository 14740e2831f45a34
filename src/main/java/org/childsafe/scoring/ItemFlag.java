package org.childsafe.scoring;

/** Remarks on one item's result; {@link #code()} is what the API returns in {@code flags}. */
public enum ItemFlag {
    /** Rule 1: no answer (or, see {@link #INVALID_ANSWER}, no usable answer); excluded and reported as missing. */
    UNANSWERED("unanswered"),
    /** The stored answer breaks {@link AnswerRules}; it is treated as no answer and the item is also unanswered. */
    INVALID_ANSWER("invalid_answer"),
    /** Rule 2: answered {@code na}; excluded from scores. */
    NOT_APPLICABLE("not_applicable"),
    /** Rule 2: answered {@code dont_know}; scores 0 and counts towards provisional (rule 8). */
    DONT_KNOW("dont_know"),
    /** Rule 3: claimed fully met without evidence or auditor confirmation; scores 0.5. */
    CLAIMED_NOT_EVIDENCED("claimed_not_evidenced"),
    /** The effective answer is an auditor's review (only in the EFFECTIVE perspective). */
    REVIEWED("reviewed");

    private final String code;

    ItemFlag(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ItemFlag fromCode(String code) {
        for (ItemFlag flag : values()) {
            if (flag.code.equals(code)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("unknown item flag " + code);
    }
}
