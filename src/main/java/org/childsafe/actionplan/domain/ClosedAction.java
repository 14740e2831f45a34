package org.childsafe.actionplan.domain;

/**
 * A stored action whose item has no gap now: it stays stored, marked resolved with the reason.
 *
 * @param action the stored action, as it was before this merge
 * @param reason why it is out of the open plan now
 */
public record ClosedAction(ExistingAction action, ResolvedReason reason) {

    /** It was in the open plan until now. */
    public boolean newlyClosed() {
        return !action.isResolved();
    }

    /** Anything to store: newly closed, or closed now for another reason. */
    public boolean changed() {
        return action.resolved() != reason;
    }
}
