package org.childsafe.actionplan.domain;

/** Where an action stands (docs/action-plan.md); {@link #code()} is the API code. New actions are {@link #OPEN}. */
public enum ActionStatus {
    OPEN("open"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    DROPPED("dropped");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code other than {@code open}, {@code in_progress}, {@code done}, {@code dropped} */
    public static ActionStatus fromCode(String code) {
        return Codes.fromCode(ActionStatus.class, ActionStatus::code, "action status", code);
    }
}
