package org.childsafe.actionplan.domain;

import java.time.LocalDate;

/**
 * A stored action with what people wrote on it, as {@link ActionPlanMerge} needs it.
 *
 * @param id                  the stored action's id
 * @param itemCode            the item it improves (an assessment has at most one action per item)
 * @param kind                template, default or evidence: what the text was generated from
 * @param priority            the priority it was given when last generated
 * @param owner               the person responsible; may be null
 * @param dueDate             may be null
 * @param firstStep           may be null
 * @param resources           may be null
 * @param completionIndicator may be null
 * @param status              where the action stands (only people change it)
 * @param resolved            why it left the open plan; null while it is in the plan
 */
public record ExistingAction(
        Long id,
        String itemCode,
        ActionKind kind,
        Priority priority,
        String owner,
        LocalDate dueDate,
        String firstStep,
        String resources,
        String completionIndicator,
        ActionStatus status,
        ResolvedReason resolved) {

    public boolean isResolved() {
        return resolved != null;
    }
}
