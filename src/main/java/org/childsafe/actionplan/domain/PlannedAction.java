package org.childsafe.actionplan.domain;

import java.time.LocalDate;
import org.childsafe.framework.domain.LocalizedText;

/**
 * One action the plan proposes for an item that is not fully met.
 *
 * @param itemCode         the item it improves
 * @param domainCode       the item's domain
 * @param priority         from the item's value after the evidence gate
 * @param critical         whether the item is critical
 * @param text             what to do (English, and Thai for default and evidence texts when the item has Thai text)
 * @param ownerRole        suggested owner role from the template; {@link LocalizedText#EMPTY} when none
 * @param suggestedDueDate assessment date + template timeframe, else + the priority's default
 * @param kind             template, default or evidence
 */
public record PlannedAction(
        String itemCode,
        String domainCode,
        Priority priority,
        boolean critical,
        LocalizedText text,
        LocalizedText ownerRole,
        LocalDate suggestedDueDate,
        ActionKind kind) {
}
