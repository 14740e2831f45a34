package org.childsafe.actionplan.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionPlanGenerator;
import org.childsafe.actionplan.domain.ActionPlanMerge;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.ExistingAction;
import org.childsafe.actionplan.domain.MergeResult;
import org.childsafe.actionplan.domain.MergedAction;
import org.childsafe.actionplan.domain.PlannedAction;
import org.childsafe.actionplan.persistence.ActionItems;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentService;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Detail;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.Scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Action plans (contracts.md section 3): read an assessment's plan, kept in step with its answers, and work on
 * its actions.
 *
 * <p>The plan is regenerated from the effective result and merged with the stored actions on every read, in
 * one transaction that holds the assessment's row lock: actions that still apply keep everything people
 * wrote, new gaps get new actions, and actions whose gap is gone are deleted. When nothing changed the read
 * writes nothing. Additions and removals are recorded in the audit trail as done by the system.
 *
 * <p>Who may do what: everyone who may read the assessment may read its plan; its organisation's managers and
 * administrators may change actions ({@link Access#canWork}), also after verification, since the plan is
 * worked after the assessment is closed. Auditors and trainers read only (403); people who may not read the
 * assessment get 404.
 */
@Singleton
public class ActionPlanService {

    public static final int MAX_OWNER = 200;
    public static final int MAX_TEXT = 4000;
    private static final String THAI = "th";

    private final AssessmentService assessments;
    private final ActionItems store;
    private final AuditLog audit;
    private final Clock clock;

    public ActionPlanService(AssessmentService assessments, ActionItems store, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment's plan, regenerated and merged with what is stored (see the class comment). */
    @Transactional
    public ActionPlan plan(Actor actor, long assessmentId) {
        store.lockAssessment(assessmentId);
        AssessmentDetails details = assessments.details(actor, assessmentId);
        ScoreComparison score = Scoring.compare(details.framework(), details.responses());
        LocalDate assessmentDate = assessmentDate(details.assessment());
        List<PlannedAction> planned = ActionPlanGenerator.generate(details.framework(), score.effective(), assessmentDate);
        List<ActionItem> actions = reconcile(details.assessment(), planned);
        return new ActionPlan(details, score, assessmentDate, actions, today(),
                Access.canWork(actor, details.assessment().organisationId()));
    }

    /**
     * Changes one action.
     *
     * @throws NotFoundException      no such assessment for the actor, or no such action in its plan (404)
     * @throws ForbiddenException     the actor may read but not work on the plan (403)
     * @throws InvalidInputException  unknown field or status, a date that is not a date, too long a text, or
     *                                dropped without a reason (400, every problem listed)
     */
    @Transactional
    public ActionItem update(Actor actor, long assessmentId, long actionId, ActionPatch patch) {
        store.lockAssessment(assessmentId);
        Assessment assessment = assessments.details(actor, assessmentId).assessment();
        if (!Access.canWork(actor, assessment.organisationId())) {
            throw Access.refusal(actor, assessment.organisationId(), "error.action.managersOnly");
        }
        ActionItem before = store.find(assessmentId, actionId)
                .orElseThrow(() -> new NotFoundException("error.action.notFound", actionId, assessmentId));
        ActionItem after = apply(before, patch, actor);
        Map<String, Object> was = describe(before);
        Map<String, Object> is = describe(after);
        if (was.equals(is)) {
            return before;
        }
        ActionItem saved = store.update(after);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        is.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                changedBefore.put(field, was.get(field));
                changedAfter.put(field, value);
            }
        });
        changedAfter.put("item", before.itemCode());
        audit.record(actor, assessment.organisationId(), "action", assessmentId + "/" + actionId, "update",
                changedBefore, changedAfter);
        return saved;
    }

    /** The date due dates are counted from: the submitted date, else the created date (UTC). */
    public static LocalDate assessmentDate(Assessment assessment) {
        Instant at = assessment.submittedAt() != null ? assessment.submittedAt() : assessment.createdAt();
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Now, to the microsecond both databases keep, so an action read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    // ---------------------------------------------------------------- regeneration

    private List<ActionItem> reconcile(Assessment assessment, List<PlannedAction> planned) {
        List<ActionItem> stored = store.ofAssessment(assessment.id());
        Map<Long, ActionItem> byId = new HashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        MergeResult merge = ActionPlanMerge.merge(stored.stream().map(ActionItem::toExisting).toList(), planned);

        // deletions first, so a replaced action (same item, other kind) never meets its successor
        List<Map<String, Object>> removed = new ArrayList<>();
        for (ExistingAction gone : merge.removed()) {
            ActionItem old = byId.get(gone.id());
            store.delete(old.id());
            Map<String, Object> entry = describe(old);
            entry.put("item", old.itemCode());
            entry.put("kind", old.kind().code());
            removed.add(entry);
        }
        List<String> added = new ArrayList<>();
        List<ActionItem> out = new ArrayList<>();
        Instant now = now();
        int order = 0;
        for (MergedAction merged : merge.actions()) {
            PlannedAction p = merged.planned();
            if (merged.isNew()) {
                out.add(store.insert(new ActionItem(0, assessment.id(), p.itemCode(), p.domainCode(), p.kind(),
                        p.priority(), p.critical(), order, enTh(p.text()), enTh(p.ownerRole()), null,
                        p.suggestedDueDate(), null, null, null, ActionStatus.OPEN, null, now, Actor.SYSTEM.username())));
                added.add(p.itemCode());
            } else {
                ActionItem old = byId.get(merged.kept().id());
                ActionItem refreshed = new ActionItem(old.id(), old.assessmentId(), old.itemCode(), p.domainCode(),
                        old.kind(), p.priority(), p.critical(), order, enTh(p.text()), enTh(p.ownerRole()),
                        old.owner(), old.dueDate(), old.firstStep(), old.resources(), old.completionIndicator(),
                        old.status(), old.dropReason(), old.updatedAt(), old.updatedBy());
                out.add(refreshed.equals(old) ? old : store.update(refreshed));
            }
            order++;
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("removed", removed);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("added", added);
            after.put("actions", out.size());
            audit.record(Actor.SYSTEM, assessment.organisationId(), "action_plan", assessment.id(), "regenerate",
                    before, after);
        }
        return out;
    }

    /** Only English and Thai are stored; normalising here keeps a re-read plan equal to the stored one. */
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

    // ---------------------------------------------------------------- editing

    private ActionItem apply(ActionItem a, ActionPatch patch, Actor actor) {
        List<Detail> problems = new ArrayList<>();
        patch.changes().keySet().stream().filter(f -> !ActionPatch.FIELDS.contains(f)).forEach(f ->
                problems.add(Detail.of(f, "error.action.unknownField", f, String.join(", ", ActionPatch.FIELDS))));
        String owner = text(patch, ActionPatch.OWNER, a.owner(), MAX_OWNER, problems);
        String firstStep = text(patch, ActionPatch.FIRST_STEP, a.firstStep(), MAX_TEXT, problems);
        String resources = text(patch, ActionPatch.RESOURCES, a.resources(), MAX_TEXT, problems);
        String indicator = text(patch, ActionPatch.COMPLETION_INDICATOR, a.completionIndicator(), MAX_TEXT, problems);
        String dropReason = text(patch, ActionPatch.DROP_REASON, a.dropReason(), MAX_TEXT, problems);
        LocalDate due = a.dueDate();
        if (patch.has(ActionPatch.DUE_DATE)) {
            String value = patch.value(ActionPatch.DUE_DATE);
            try {
                due = value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(Detail.of(ActionPatch.DUE_DATE, "error.action.dueDate"));
            }
        }
        ActionStatus status = a.status();
        boolean statusKnown = true;
        if (patch.has(ActionPatch.STATUS)) {
            String value = patch.value(ActionPatch.STATUS);
            if (value == null) {
                problems.add(Detail.of(ActionPatch.STATUS, "error.action.statusCleared"));
                statusKnown = false;
            } else {
                try {
                    status = ActionStatus.fromCode(value);
                } catch (IllegalArgumentException e) {
                    problems.add(Detail.of(ActionPatch.STATUS, "error.action.status", value));
                    statusKnown = false;
                }
            }
        }
        if (statusKnown && status == ActionStatus.DROPPED && dropReason == null) {
            problems.add(Detail.of(ActionPatch.DROP_REASON, "error.action.dropReason"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.action.invalid");
        }
        if (status != ActionStatus.DROPPED) {
            dropReason = null;
        }
        return new ActionItem(a.id(), a.assessmentId(), a.itemCode(), a.domainCode(), a.kind(), a.priority(),
                a.critical(), a.sortOrder(), a.text(), a.ownerRole(), owner, due, firstStep, resources, indicator,
                status, dropReason, now(), actor.username());
    }

    private static String text(ActionPatch patch, String field, String current, int max, List<Detail> problems) {
        if (!patch.has(field)) {
            return current;
        }
        String value = patch.value(field);
        if (value != null && value.length() > max) {
            problems.add(Detail.of(field, "error.tooLong", field, max));
            return current;
        }
        return value;
    }

    /** What people write on an action, for the audit trail and to tell whether anything changed. */
    private static Map<String, Object> describe(ActionItem a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ActionPatch.OWNER, a.owner());
        m.put(ActionPatch.DUE_DATE, a.dueDate() == null ? null : a.dueDate().toString());
        m.put(ActionPatch.FIRST_STEP, a.firstStep());
        m.put(ActionPatch.RESOURCES, a.resources());
        m.put(ActionPatch.COMPLETION_INDICATOR, a.completionIndicator());
        m.put(ActionPatch.STATUS, a.status().code());
        m.put(ActionPatch.DROP_REASON, a.dropReason());
        return m;
    }
}
