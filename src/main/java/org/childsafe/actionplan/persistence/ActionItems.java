package org.childsafe.actionplan.persistence;

import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionKind;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.actionplan.domain.ResolvedReason;
import org.childsafe.framework.domain.LocalizedText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored actions of plans and when each plan was last brought in step, inside the caller's transaction:
 * rows mapped explicitly to {@link ActionItem} (only English and Thai texts are kept).
 */
@Singleton
public class ActionItems {

    private static final String THAI = "th";

    private final ActionItemRepository repository;
    private final PlanStateRepository states;

    public ActionItems(ActionItemRepository repository, PlanStateRepository states) {
        this.repository = repository;
        this.states = states;
    }

    /** Every action of the assessment, resolved ones included, in plan order. */
    public List<ActionItem> ofAssessment(long assessmentId) {
        return repository.findByAssessmentIdOrderBySortOrderAsc(assessmentId).stream().map(ActionItems::toDomain).toList();
    }

    public Optional<ActionItem> find(long assessmentId, long actionId) {
        return repository.findByIdAndAssessmentId(actionId, assessmentId).map(ActionItems::toDomain);
    }

    /** Inserts a new action (its id is ignored) and returns it with the generated id. */
    public ActionItem insert(ActionItem action) {
        return toDomain(repository.save(toRow(action, null)));
    }

    /** Writes what the plan's regeneration decides: the generated fields and the resolution. */
    public void updateGenerated(ActionItem a) {
        repository.update(a.id(), a.domainCode(), a.kind().code(), a.priority().code(), a.critical(), a.sortOrder(),
                a.text().get(LocalizedText.FALLBACK_LANGUAGE), a.text().has(THAI) ? a.text().get(THAI) : null,
                a.ownerRole().isEmpty() ? null : a.ownerRole().get(LocalizedText.FALLBACK_LANGUAGE),
                a.ownerRole().has(THAI) ? a.ownerRole().get(THAI) : null, a.resolvedAt(),
                a.resolvedReason() == null ? null : a.resolvedReason().code());
    }

    /** Writes what people write on the action, with its version one higher; returns it as stored. */
    public ActionItem updateWork(ActionItem a) {
        repository.update(a.id(), a.owner(), a.dueDate(), a.firstStep(), a.resources(), a.completionIndicator(),
                a.status().code(), a.dropReason(), a.updatedAt(), a.updatedBy(), a.version() + 1);
        return find(a.assessmentId(), a.id()).orElseThrow();
    }

    /** Records that the assessment's plan is in step now. */
    public void planUpdated(long assessmentId, Instant at) {
        if (states.existsById(assessmentId)) {
            states.update(new PlanStateRow(assessmentId, at));
        } else {
            states.save(new PlanStateRow(assessmentId, at));
        }
    }

    /** Assessments whose plan was never brought in step by this version. */
    public List<Long> plansNeverKept() {
        return states.findAssessmentsWithoutState();
    }

    static ActionItem toDomain(ActionItemRow r) {
        return new ActionItem(r.id(), r.assessmentId(), r.itemCode(), r.domainCode(), ActionKind.fromCode(r.kind()),
                Priority.fromCode(r.priority()), r.critical(), r.sortOrder(), text(r.textEn(), r.textTh()),
                text(r.ownerRoleEn(), r.ownerRoleTh()), r.owner(), r.dueDate(), r.firstStep(), r.resources(),
                r.completionIndicator(), ActionStatus.fromCode(r.status()), r.dropReason(), r.updatedAt(),
                r.updatedBy(), r.resolvedAt(), r.resolvedReason() == null ? null : ResolvedReason.fromCode(r.resolvedReason()),
                r.version());
    }

    static ActionItemRow toRow(ActionItem a, Long id) {
        return new ActionItemRow(id, a.assessmentId(), a.itemCode(), a.domainCode(), a.kind().code(),
                a.priority().code(), a.critical(), a.sortOrder(), a.text().get(LocalizedText.FALLBACK_LANGUAGE),
                a.text().has(THAI) ? a.text().get(THAI) : null,
                a.ownerRole().isEmpty() ? null : a.ownerRole().get(LocalizedText.FALLBACK_LANGUAGE),
                a.ownerRole().has(THAI) ? a.ownerRole().get(THAI) : null, a.owner(), a.dueDate(), a.firstStep(),
                a.resources(), a.completionIndicator(), a.status().code(), a.dropReason(), a.updatedAt(),
                a.updatedBy(), a.resolvedAt(), a.resolvedReason() == null ? null : a.resolvedReason().code(),
                a.version());
    }

    private static LocalizedText text(String english, String thai) {
        if (english == null && thai == null) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (english != null) {
            values.put(LocalizedText.FALLBACK_LANGUAGE, english);
        }
        if (thai != null) {
            values.put(THAI, thai);
        }
        return new LocalizedText(values);
    }
}
