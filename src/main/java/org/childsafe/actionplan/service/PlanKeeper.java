package org.childsafe.actionplan.service;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionPlanGenerator;
import org.childsafe.actionplan.domain.ActionPlanMerge;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.ClosedAction;
import org.childsafe.actionplan.domain.MergeResult;
import org.childsafe.actionplan.domain.MergedAction;
import org.childsafe.actionplan.domain.PlannedAction;
import org.childsafe.actionplan.domain.ResolvedReason;
import org.childsafe.actionplan.persistence.ActionItems;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.service.AssessmentChanged;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.Results;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.Lineage;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.kernel.Actor;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.ScoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each assessment's stored plan in step with the result it shows (docs/action-plan.md). It runs inside
 * the transaction of every change that can change that result (an {@link AssessmentChanged} event: an answer,
 * evidence, a review, a status), so the change and its plan are committed together; reading never writes.
 * Actions are never deleted: {@link ActionPlanMerge} decides what is kept, added, closed and reopened.
 * Changes to the plan are recorded in the audit trail as done by the system.
 */
@Singleton
@Context
public class PlanKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(PlanKeeper.class);
    private static final String THAI = "th";

    private final AssessmentQueries assessments;
    private final Results results;
    private final ActionItems store;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public PlanKeeper(AssessmentQueries assessments, Results results, ActionItems store, AuditLog audit,
                      TransactionOperations<Connection> transactions, Clock clock) {
        this.assessments = assessments;
        this.results = results;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the transaction of the change (Micronaut calls listeners synchronously, on the same thread). */
    @EventListener
    public void onChange(AssessmentChanged change) {
        update(change.assessmentId());
    }

    /**
     * Plans stored before this version were brought in step on every read; bring each in step once, so that
     * from now on reading only reads.
     */
    @EventListener
    public void onStartup(StartupEvent started) {
        List<Long> never = transactions.executeRead(status -> store.plansNeverKept());
        for (long id : never) {
            transactions.executeWrite(status -> {
                update(id);
                return null;
            });
        }
        if (!never.isEmpty()) {
            LOG.info("Brought the stored action plans of {} assessment(s) in step with their results", never.size());
        }
    }

    /** Brings the stored plan in step with the assessment's result, in the caller's transaction. */
    void update(long assessmentId) {
        AssessmentDetails details = assessments.details(Actor.SYSTEM, assessmentId);
        ServedResult served = results.served(details);
        ScoreResult effective = served.result().effective();
        LocalDate from = assessmentDate(details.assessment());
        List<PlannedAction> planned = ActionPlanGenerator.generate(details.framework(), effective, from);
        List<ActionItem> stored = store.ofAssessment(assessmentId);
        Map<Long, ActionItem> byId = new HashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        MergeResult merge = ActionPlanMerge.merge(stored.stream().map(ActionItem::toExisting).toList(), planned,
                code -> whyClosed(effective, code));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, ActionItem> inherited = merge.added().isEmpty() ? Map.of() : fromBaseline(details);
        List<String> added = new ArrayList<>();
        int order = 0;
        for (MergedAction merged : merge.actions()) {
            PlannedAction p = merged.planned();
            if (merged.isNew()) {
                ActionItem before = inherited.get(p.itemCode());
                store.insert(before == null
                        ? new ActionItem(0, assessmentId, p.itemCode(), p.domainCode(), p.kind(), p.priority(),
                        p.critical(), order, enTh(p.text()), enTh(p.ownerRole()), null, p.suggestedDueDate(), null,
                        null, null, ActionStatus.OPEN, null, now, Actor.SYSTEM.username(), null, null, 1)
                        : new ActionItem(0, assessmentId, p.itemCode(), p.domainCode(), p.kind(), p.priority(),
                        p.critical(), order, enTh(p.text()), enTh(p.ownerRole()), before.owner(), before.dueDate(),
                        before.firstStep(), before.resources(), before.completionIndicator(), before.status(), null,
                        now, Actor.SYSTEM.username(), null, null, 1));
                added.add(p.itemCode());
            } else {
                ActionItem old = byId.get(merged.kept().id());
                ActionItem generated = new ActionItem(old.id(), assessmentId, old.itemCode(), p.domainCode(), p.kind(),
                        p.priority(), p.critical(), order, enTh(p.text()), enTh(p.ownerRole()), old.owner(),
                        old.dueDate(), old.firstStep(), old.resources(), old.completionIndicator(), old.status(),
                        old.dropReason(), old.updatedAt(), old.updatedBy(), null, null, old.version());
                if (!generated.equals(old)) {
                    store.updateGenerated(generated);
                }
            }
            order++;
        }
        List<Map<String, Object>> closed = new ArrayList<>();
        for (ClosedAction c : merge.closed()) {
            if (!c.changed()) {
                continue;
            }
            ActionItem old = byId.get(c.action().id());
            store.updateGenerated(new ActionItem(old.id(), assessmentId, old.itemCode(), old.domainCode(), old.kind(),
                    old.priority(), old.critical(), old.sortOrder(), old.text(), old.ownerRole(), old.owner(),
                    old.dueDate(), old.firstStep(), old.resources(), old.completionIndicator(), old.status(),
                    old.dropReason(), old.updatedAt(), old.updatedBy(),
                    old.resolvedAt() == null ? now : old.resolvedAt(), c.reason(), old.version()));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("item", old.itemCode());
            entry.put("reason", c.reason().code());
            entry.put("status", old.status().code());
            closed.add(entry);
        }
        List<String> reopened = merge.reopened().stream().map(e -> e.itemCode()).toList();
        store.planUpdated(assessmentId, now);
        if (!added.isEmpty() || !closed.isEmpty() || !reopened.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("added", added);
            after.put("resolved", closed);
            after.put("reopened", reopened);
            after.put("open", merge.actions().size());
            audit.record(Actor.SYSTEM, details.assessment().organisationId(), "action_plan", assessmentId, "update",
                    null, after);
        }
    }

    /**
     * The baseline round's open and in-progress actions, by the item of this round that carries them on
     * (docs/rounds.md): their owner, due date, first step, resources, completion indicator and status pass to
     * this round's action for that item whenever this round's plan has one.
     */
    private Map<String, ActionItem> fromBaseline(AssessmentDetails details) {
        Long baselineId = details.assessment().baselineId();
        if (baselineId == null) {
            return Map.of();
        }
        AssessmentDetails baseline = assessments.details(Actor.SYSTEM, baselineId);
        Map<String, ActionItem> byItem = new HashMap<>();
        store.ofAssessment(baselineId).stream().filter(a -> !a.resolved())
                .filter(a -> a.status() == ActionStatus.OPEN || a.status() == ActionStatus.IN_PROGRESS)
                .forEach(a -> byItem.put(a.itemCode(), a));
        Map<String, ActionItem> out = new HashMap<>();
        details.framework().items().forEach(item -> Lineage.predecessor(item, details.framework(), baseline.framework())
                .map(byItem::get).ifPresent(a -> out.put(item.code(), a)));
        return out;
    }

    /** Why an item without a planned action has no gap now. */
    static ResolvedReason whyClosed(ScoreResult result, String itemCode) {
        ItemScore item = result.item(itemCode).orElse(null);
        if (item == null) {
            return ResolvedReason.NOT_IN_SCOPE;
        }
        if (item.has(ItemFlag.NOT_APPLICABLE)) {
            return ResolvedReason.NOT_APPLICABLE;
        }
        if (item.has(ItemFlag.UNANSWERED)) {
            return ResolvedReason.UNANSWERED;
        }
        return ResolvedReason.MET;
    }

    /** The date due dates are counted from: the submitted date, else the created date (UTC). */
    public static LocalDate assessmentDate(Assessment assessment) {
        Instant at = assessment.submittedAt() != null ? assessment.submittedAt() : assessment.createdAt();
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Only English and Thai are stored; normalising here keeps a re-read action equal to the one compared. */
    private static LocalizedText enTh(LocalizedText text) {
        if (text.isEmpty()) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LocalizedText.FALLBACK_LANGUAGE, text.get(LocalizedText.FALLBACK_LANGUAGE));
        if (text.has(THAI)) {
            values.put(THAI, text.get(THAI));
        }
        return new LocalizedText(values);
    }
}
