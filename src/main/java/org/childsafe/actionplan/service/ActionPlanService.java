package org.childsafe.actionplan.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.persistence.ActionItems;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Text;

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
 * Action plans (docs/action-plan.md): read an assessment's plan and work on its actions. The stored plan is
 * kept in step with the assessment by {@link PlanKeeper} whenever the assessment changes; reading a plan, a
 * page view or an export only reads.
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
    /** Due dates outside these are typing mistakes (a year 20266, 0206). */
    public static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DUE = LocalDate.of(2099, 12, 31);

    private final AssessmentQueries assessments;
    private final ActionItems store;
    private final AuditLog audit;
    private final Clock clock;

    public ActionPlanService(AssessmentQueries assessments, ActionItems store, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment's plan as stored, with the result it follows. Reads only. */
    @Transactional(readOnly = true)
    public ActionPlan plan(Actor actor, long assessmentId) {
        AssessmentQueries.WithResult read = assessments.withResult(actor, assessmentId);
        AssessmentDetails details = read.details();
        return new ActionPlan(details, read.result(), PlanKeeper.assessmentDate(details.assessment()),
                store.ofAssessment(assessmentId), today(), Access.canWork(actor, details.assessment().organisationId()));
    }

    /**
     * Changes what people write on one action (also on a resolved one: its notes stay theirs).
     *
     * @param expectedVersion the action's version the person changed; null: no check (last write wins)
     * @throws NotFoundException      no such assessment for the actor, or no such action in its plan (404)
     * @throws ForbiddenException     the actor may read but not work on the plan (403)
     * @throws InvalidInputException  unknown field or status, a date that is not a date, too long a text, or
     *                                dropped without a reason (400, every problem listed)
     * @throws ConflictException      the action changed since the person read it (409)
     */
    @Transactional
    public ActionItem update(Actor actor, long assessmentId, long actionId, ActionPatch patch, Integer expectedVersion) {
        Assessment assessment = assessments.details(actor, assessmentId).assessment();
        if (!Access.canWork(actor, assessment.organisationId())) {
            throw Access.refusal(actor, assessment.organisationId(), "error.action.managersOnly");
        }
        ActionItem before = store.find(assessmentId, actionId)
                .orElseThrow(() -> new NotFoundException("error.action.notFound", actionId, assessmentId));
        ActionItem after = apply(before, patch, actor);
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new ConflictException(Text.of("error.action.stale", before.itemCode()),
                    List.of(Detail.of("version", "error.action.staleDetail", before.version(),
                            before.status().code(), before.updatedBy())));
        }
        Map<String, Object> was = describe(before);
        Map<String, Object> is = describe(after);
        if (was.equals(is)) {
            return before;
        }
        ActionItem saved = store.updateWork(after);
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

    public ActionItem update(Actor actor, long assessmentId, long actionId, ActionPatch patch) {
        return update(actor, assessmentId, actionId, patch, null);
    }

    /** Now, to the microsecond both databases keep, so an action read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
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
                if (due != null && (due.isBefore(EARLIEST_DUE) || due.isAfter(LATEST_DUE))) {
                    problems.add(Detail.of(ActionPatch.DUE_DATE, "error.action.dueDateRange", EARLIEST_DUE.toString(),
                            LATEST_DUE.toString()));
                    due = a.dueDate();
                }
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
        return a.withWork(owner, due, firstStep, resources, indicator, status, dropReason, now(), actor.username());
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
