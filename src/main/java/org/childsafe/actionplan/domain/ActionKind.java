package org.childsafe.actionplan.domain;

/** Where an action's text comes from; {@link #code()} is what is stored. */
public enum ActionKind {
    /** The item's first action template. */
    TEMPLATE("template"),
    /** A default text built from the item text, for items without templates. */
    DEFAULT("default"),
    /** "Attach or produce the evidence", for an item flagged {@code claimed_not_evidenced}. */
    EVIDENCE("evidence");

    private final String code;

    ActionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code other than {@code template}, {@code default}, {@code evidence} */
    public static ActionKind fromCode(String code) {
        return Codes.fromCode(ActionKind.class, ActionKind::code, "action kind", code);
    }
}
