package org.childsafe.assessment.domain;

/**
 * The steps of the review workflow, each allowed from some statuses only ({@link AssessmentStatus#after}):
 * <pre>
 *   draft ──submit──▶ submitted ──review──▶ in review ──verify──▶ verified (locked)
 *     ▲                  │  └─────verify──────────┘ │
 *     └── returned ◀─return─┴──────────return────────┘   (returned ──submit──▶ submitted)
 * </pre>
 */
public enum Transition {
    /** The organisation sends its answers for review; they are locked and the result is stored. */
    SUBMIT,
    /** An auditor reviews an item: the first review moves a submitted assessment into review. */
    REVIEW,
    /** An auditor sends the assessment back to the organisation with a comment; answers open again. */
    RETURN,
    /** An auditor verifies: the verified result is stored and the assessment is locked for everyone. */
    VERIFY;

    /** The status the step leads to (a switch, not a field: the two enums refer to each other). */
    public AssessmentStatus target() {
        return switch (this) {
            case SUBMIT -> AssessmentStatus.SUBMITTED;
            case REVIEW -> AssessmentStatus.IN_REVIEW;
            case RETURN -> AssessmentStatus.RETURNED;
            case VERIFY -> AssessmentStatus.VERIFIED;
        };
    }
}
