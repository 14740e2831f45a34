package org.childsafe.actionplan.domain;

/**
 * Priority of an action (docs/action-plan.md), most pressing first; {@link #code()} is the API code.
 * Each carries the due-date default used when the item's template gives no timeframe.
 */
public enum Priority {
    /** A critical item with v = 0. */
    URGENT("urgent", 30),
    /** A critical item with 0 < v < 1, or a non-critical item with v ≤ 0.25. */
    HIGH("high", 90),
    /** A non-critical item with 0.25 < v < 1. */
    NORMAL("normal", 180);

    private final String code;
    private final int defaultTimeframeDays;

    Priority(String code, int defaultTimeframeDays) {
        this.code = code;
        this.defaultTimeframeDays = defaultTimeframeDays;
    }

    public String code() {
        return code;
    }

    /** Days from the assessment date to the suggested due date when no template timeframe applies. */
    public int defaultTimeframeDays() {
        return defaultTimeframeDays;
    }

    /**
     * The priority of an applicable item with value {@code value} (after the evidence gate).
     *
     * @throws IllegalArgumentException when {@code value} is not in [0, 1): a fully met item gets no action
     */
    public static Priority of(boolean critical, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("an action needs a value in [0, 1), not " + value);
        }
        if (critical) {
            return value == 0 ? URGENT : HIGH;
        }
        return value <= 0.25 ? HIGH : NORMAL;
    }

    /** @throws IllegalArgumentException for a code that is not {@code urgent}, {@code high} or {@code normal} */
    public static Priority fromCode(String code) {
        return Codes.fromCode(Priority.class, Priority::code, "priority", code);
    }
}
