package org.childsafe.actionplan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reconciles a regenerated plan with the stored actions, so that people's work is never lost
 * (docs/action-plan.md, "Keeping people's work"):
 * <ul>
 *   <li>An assessment has at most one action per item, kept for the life of the assessment.</li>
 *   <li>A stored action whose item is planned again stays in the plan with everything people wrote (owner,
 *       due date, first step, resources, completion indicator, status); what is generated (kind, text,
 *       priority) follows the new plan. A change of kind, such as "attach the evidence" becoming the item's
 *       template once evidence is claimed, changes the text only.</li>
 *   <li>A stored action whose item is no longer planned is closed: kept, marked resolved with the reason
 *       ({@link ResolvedReason}); when the item's gap reopens, the same action comes back.</li>
 *   <li>Planned items without a stored action get a new action.</li>
 *   <li>Nothing here changes an action's status: only people do.</li>
 * </ul>
 */
public final class ActionPlanMerge {

    private ActionPlanMerge() {
    }

    /**
     * @param existing  the stored actions of the assessment
     * @param planned   the plan generated now, in plan order
     * @param whyClosed for an item without a planned action, why its gap is closed now
     * @throws IllegalArgumentException when two stored actions share an item
     */
    public static MergeResult merge(List<ExistingAction> existing, List<PlannedAction> planned,
                                    Function<String, ResolvedReason> whyClosed) {
        Map<String, ExistingAction> byItem = new HashMap<>();
        for (ExistingAction action : existing) {
            if (byItem.putIfAbsent(action.itemCode(), action) != null) {
                throw new IllegalArgumentException("two stored actions for item " + action.itemCode());
            }
        }
        List<MergedAction> actions = new ArrayList<>();
        for (PlannedAction action : planned) {
            actions.add(new MergedAction(action, byItem.remove(action.itemCode())));
        }
        List<ClosedAction> closed = existing.stream().filter(a -> byItem.containsKey(a.itemCode()))
                .map(a -> new ClosedAction(a, whyClosed.apply(a.itemCode()))).toList();
        return new MergeResult(actions, closed);
    }
}
