package org.childsafe.scoring;

/** Whose answers a result is computed from (docs/scoring.md, rules 1 and 11). */
public enum Perspective {
    /** The organisation's own answers only; auditor reviews are ignored (rule 11). */
    SELF,
    /** The auditor's reviewed answer where there is one, else the self-assessed answer (rule 1). */
    EFFECTIVE;

    /** The code stored with snapshots: {@code self} or {@code effective}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Perspective fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
