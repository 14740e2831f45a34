package org.childsafe.actionplan.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciles a regenerated plan with the stored actions: "generating the plan again after answers change
 * keeps what people already wrote on actions that still apply" (docs/action-plan.md).
 *
 * <p>An action is identified by item code and kind. A stored action that matches a planned one is kept with
 * owner, due date, first step, resources, completion indicator and status untouched; only its priority
 * follows the new plan. Planned actions with no match are added; stored actions with no match are removed
 * (listed in their stored order).
 * If two stored actions share an item and kind, the first is kept and the other is removed.
 * A change of kind (e.g. from "attach the evidence" to the item's template) counts as a new action, since
 * it asks for different work.
 */
public final class ActionPlanMerge {

    private ActionPlanMerge() {
    }

    public static MergeResult merge(List<ExistingAction> existing, List<PlannedAction> planned) {
        Map<Key, ExistingAction> byKey = new HashMap<>();
        for (ExistingAction action : existing) {
            byKey.putIfAbsent(new Key(action.itemCode(), action.kind()), action);
        }
        Set<ExistingAction> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MergedAction> actions = new ArrayList<>();
        for (PlannedAction action : planned) {
            ExistingAction match = byKey.remove(new Key(action.itemCode(), action.kind()));
            if (match != null) {
                matched.add(match);
            }
            actions.add(new MergedAction(action, match == null ? null : match.withPriority(action.priority())));
        }
        List<ExistingAction> removed = existing.stream().filter(action -> !matched.contains(action)).toList();
        return new MergeResult(actions, removed);
    }

    private record Key(String itemCode, ActionKind kind) {
    }
}
