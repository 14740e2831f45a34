package org.childsafe.actionplan.domain;

/**
 * One action of the open plan after a merge: the action as generated now and, when the item already had an
 * action, that stored action (kept whole: what people wrote never changes here).
 *
 * @param planned the action as generated now (kind, text, priority, suggested due date)
 * @param kept    the item's stored action; null when the action is new
 */
public record MergedAction(PlannedAction planned, ExistingAction kept) {

    public boolean isNew() {
        return kept == null;
    }

    /** The item's gap had closed and is open again: the same action comes back with its history. */
    public boolean reopened() {
        return kept != null && kept.isResolved();
    }

    /** The action is now generated from something else (e.g. the evidence action became the item's template). */
    public boolean kindChanged() {
        return kept != null && kept.kind() != planned.kind();
    }
}
