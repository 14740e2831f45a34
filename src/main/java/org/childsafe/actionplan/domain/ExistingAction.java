package org.childsafe.actionplan.domain;

import java.time.LocalDate;

/**
 * A stored action with what people wrote on it, as {@link ActionPlanMerge} needs it.
 *
 * @param id                  the stored action's id
 * @param itemCode            the item it improves
 * @param kind                template, default or evidence (with the item code, what identifies the action)
 * @param priority            the priority it was given when last generated
 * @param owner               the person responsible; may be null
 * @param dueDate             may be null
 * @param firstStep           may be null
 * @param resources           may be null
 * @param completionIndicator may be null
 * @param status              where the action stands
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
        ActionStatus status) {

    public ExistingAction withPriority(Priority newPriority) {
        return new ExistingAction(id, itemCode, kind, newPriority, owner, dueDate, firstStep, resources,
                completionIndicator, status);
    }
}
