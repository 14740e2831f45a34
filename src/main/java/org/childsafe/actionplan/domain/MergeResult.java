package org.childsafe.actionplan.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ActionPlanMerge#merge}.
 *
 * @param actions the open plan in plan order: actions kept (reopened ones included) and new ones
 * @param closed  stored actions whose item has no gap now, in their stored order; kept, marked resolved
 */
public record MergeResult(List<MergedAction> actions, List<ClosedAction> closed) {

    public MergeResult {
        actions = List.copyOf(actions);
        closed = List.copyOf(closed);
    }

    /** Stored actions that are in the open plan, in plan order. */
    public List<ExistingAction> kept() {
        return actions.stream().map(MergedAction::kept).filter(Objects::nonNull).toList();
    }

    /** Planned actions with no stored counterpart, in plan order. */
    public List<PlannedAction> added() {
        return actions.stream().filter(MergedAction::isNew).map(MergedAction::planned).toList();
    }

    /** Stored actions that left the open plan with this merge. */
    public List<ClosedAction> newlyClosed() {
        return closed.stream().filter(ClosedAction::newlyClosed).toList();
    }

    /** Stored actions that came back into the open plan with this merge. */
    public List<ExistingAction> reopened() {
        return actions.stream().filter(MergedAction::reopened).map(MergedAction::kept).toList();
    }
}
