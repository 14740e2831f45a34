package org.childsafe.actionplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.childsafe.framework.domain.LocalizedText;

/**
 * A stored action of an assessment's plan: what the generator proposed (item, kind, priority, text, suggested
 * owner role) and what people wrote on it (owner, due date, first step, resources, completion indicator,
 * status, drop reason).
 *
 * @param id                  the stored action's id
 * @param assessmentId        the assessment whose plan it belongs to
 * @param itemCode            the item it improves
 * @param domainCode          the item's domain
 * @param kind                template, default or evidence
 * @param priority            from the item's current effective value
 * @param critical            whether the item is critical
 * @param sortOrder           position in the plan (0 first), the order of docs/action-plan.md
 * @param text                what to do
 * @param ownerRole           suggested owner role; {@link LocalizedText#EMPTY} when none
 * @param owner               the person responsible; null until someone is named
 * @param dueDate             null when cleared
 * @param firstStep           may be null
 * @param resources           may be null
 * @param completionIndicator how we will know it is done; may be null
 * @param status              where the action stands
 * @param dropReason          why it was dropped; set whenever the status is {@link ActionStatus#DROPPED}
 * @param updatedAt           last change
 * @param updatedBy           username of the last change ({@code system} for generated changes)
 * @param resolvedAt          when the item's gap closed and the action left the open plan; null while it is open
 * @param resolvedReason      why it left the open plan; null while it is open
 * @param version             grows with every change of the stored action
 */
public record ActionItem(
        long id,
        long assessmentId,
        String itemCode,
        String domainCode,
        ActionKind kind,
        Priority priority,
        boolean critical,
        int sortOrder,
        LocalizedText text,
        LocalizedText ownerRole,
        String owner,
        LocalDate dueDate,
        String firstStep,
        String resources,
        String completionIndicator,
        ActionStatus status,
        String dropReason,
        Instant updatedAt,
        String updatedBy,
        Instant resolvedAt,
        ResolvedReason resolvedReason,
        int version) {

    /** Out of the open plan because its item's gap closed (kept, with everything people wrote). */
    public boolean resolved() {
        return resolvedReason != null;
    }

    /** Still to be finished: in the open plan, neither done nor dropped. */
    public boolean active() {
        return !resolved() && status != ActionStatus.DONE && status != ActionStatus.DROPPED;
    }

    /** Due before {@code today} and still active. */
    public boolean overdue(LocalDate today) {
        return active() && dueDate != null && dueDate.isBefore(today);
    }

    /** The shape {@link ActionPlanMerge} reconciles. */
    public ExistingAction toExisting() {
        return new ExistingAction(id, itemCode, kind, priority, owner, dueDate, firstStep, resources,
                completionIndicator, status, resolvedReason);
    }

    /** This action with what people write on it changed; what was generated and its resolution stay. */
    public ActionItem withWork(String owner, LocalDate dueDate, String firstStep, String resources,
                               String completionIndicator, ActionStatus status, String dropReason, Instant at,
                               String by) {
        return new ActionItem(id, assessmentId, itemCode, domainCode, kind, priority, critical, sortOrder, text,
                ownerRole, owner, dueDate, firstStep, resources, completionIndicator, status, dropReason, at, by,
                resolvedAt, resolvedReason, version);
    }
}
