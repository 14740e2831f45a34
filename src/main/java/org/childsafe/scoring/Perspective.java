package org.childsafe.scoring;

/** Whose answers a result is computed from (docs/scoring.md, rules 1 and 11). */
public enum Perspective {
    /** The organisation's own answers only; auditor reviews are ignored (rule 11). */
    SELF,
    /** The auditor's reviewed answer where there is one, else the self-assessed answer (rule 1). */
    EFFECTIVE
}
