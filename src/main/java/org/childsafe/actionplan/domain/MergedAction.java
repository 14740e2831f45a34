package org.childsafe.actionplan.domain;

/**
 * One action of a regenerated plan: the newly planned action and, when one already existed for the same
 * item and kind, that stored action with everything people wrote untouched and only its priority updated.
 *
 * @param planned the action as generated now (text, priority, suggested due date)
 * @param kept    the existing action to keep, priority updated; null when the action is new
 */
public record MergedAction(PlannedAction planned, ExistingAction kept) {

    public boolean isNew() {
        return kept == null;
    }
}
