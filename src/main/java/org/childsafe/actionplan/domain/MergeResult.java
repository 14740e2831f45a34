package org.childsafe.actionplan.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ActionPlanMerge#merge}.
 *
 * @param actions the new plan in plan order: kept actions and new ones
 * @param removed existing actions that no longer apply (their item is now met, N/A or unanswered, or the
 *                action changed kind); the caller deletes them or marks them obsolete
 */
public record MergeResult(List<MergedAction> actions, List<ExistingAction> removed) {

    public MergeResult {
        actions = List.copyOf(actions);
        removed = List.copyOf(removed);
    }

    /** Existing actions that still apply, with only their priority updated, in plan order. */
    public List<ExistingAction> kept() {
        return actions.stream().map(MergedAction::kept).filter(Objects::nonNull).toList();
    }

    /** Planned actions with no existing counterpart, in plan order. */
    public List<PlannedAction> added() {
        return actions.stream().filter(MergedAction::isNew).map(MergedAction::planned).toList();
    }
}
