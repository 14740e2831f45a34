package org.childsafe.assessment.service;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.domain.Transition;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.AssessmentRow;
import org.childsafe.assessment.persistence.ReviewRepository;
import org.childsafe.assessment.persistence.ReviewRow;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Text;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.scoring.AnswerProblem;
import org.childsafe.scoring.AnswerRules;
import org.childsafe.scoring.Scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.childsafe.assessment.service.AssessmentAccess.Purpose.REVIEW;
import static org.childsafe.assessment.service.AssessmentAccess.Purpose.WORK;

/**
 * The review workflow: start an assessment on a pinned framework version, submit it (its result is stored),
 * review items, return it to the organisation, verify it (the verified result is stored and it is locked).
 * Which step is allowed when is the domain's {@link AssessmentStatus}; who may take it is
 * {@link AssessmentAccess}.
 */
@Singleton
public class AssessmentWorkflow {

    private final AssessmentAccess access;
    private final AssessmentRepository assessments;
    private final ReviewRepository reviews;
    private final Results results;
    private final FrameworkLibrary frameworks;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher<AssessmentChanged> events;
    private final CarryOver carryOver;
    private final Clock clock;

    public AssessmentWorkflow(AssessmentAccess access, AssessmentRepository assessments, ReviewRepository reviews,
                       Results results, FrameworkLibrary frameworks, OrganisationService organisations,
                       AuditLog audit, ApplicationEventPublisher<AssessmentChanged> events, CarryOver carryOver,
                       Clock clock) {
        this.carryOver = carryOver;
        this.access = access;
        this.assessments = assessments;
        this.reviews = reviews;
        this.results = results;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a manager gives to start an assessment.
     *
     * @param baseline an earlier round to start from (its answers carried, to re-check); null for none
     */
    public record StartForm(Long organisationId, String framework, String version, String title, String period,
                            Long baseline) {
        public StartForm(Long organisationId, String framework, String version, String title, String period) {
            this(organisationId, framework, version, title, period, null);
        }
    }

    /**
     * Starts an assessment of the organisation on a framework version, pinned for its life.
     *
     * @throws InvalidInputException a required field is missing, or a text is too long (every problem listed)
     * @throws NotFoundException     no such organisation for the actor, or no such framework version
     * @throws ForbiddenException    the actor may read the organisation but not work for it
     */
    @Transactional
    public Assessment start(Actor actor, StartForm form) {
        List<Detail> problems = new ArrayList<>();
        if (form.organisationId() == null) {
            problems.add(Detail.of("organisationId", "error.required", "organisationId"));
        }
        if (form.framework() == null || form.framework().isBlank()) {
            problems.add(Detail.of("framework", "error.required", "framework"));
        }
        if (form.version() == null || form.version().isBlank()) {
            problems.add(Detail.of("version", "error.required", "version"));
        }
        String title = AssessmentAnswering.blankToNull(form.title());
        if (title != null && title.length() > 200) {
            problems.add(Detail.of("title", "error.tooLong", "title", 200));
        }
        String period = AssessmentAnswering.blankToNull(form.period());
        if (period != null && period.length() > 60) {
            problems.add(Detail.of("period", "error.tooLong", "period", 60));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.invalid");
        }
        if (!Access.canRead(actor, form.organisationId())) {
            throw new NotFoundException("error.organisation.notFound", form.organisationId());
        }
        if (!Access.canWork(actor, form.organisationId())) {
            throw Access.refusal(actor, form.organisationId(), "error.assessment.startManagersOnly");
        }
        Organisation organisation = organisations.get(actor, form.organisationId());
        FrameworkLibrary.StoredFramework stored = frameworks.get(form.framework(), form.version());
        Assessment baseline = form.baseline() == null ? null
                : carryOver.check(actor, form.baseline(), organisation.id(), stored.framework().code());
        String shownTitle = title != null ? title : stored.framework().title().get("en");
        AssessmentRow row = assessments.save(new AssessmentRow(null, organisation.id(), stored.id(), shownTitle, period,
                AssessmentStatus.DRAFT.code(), null, null, now(), actor.username(), null, null, null,
                baseline == null ? null : baseline.id()));
        Assessment started = AssessmentAccess.toDomain(row);
        int carried = baseline == null ? 0 : carryOver.carry(baseline, started, stored.framework());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("framework", stored.framework().code() + "@" + stored.framework().version());
        after.put("title", shownTitle);
        after.put("period", period);
        after.put("status", AssessmentStatus.DRAFT.code());
        if (baseline != null) {
            after.put("baseline", baseline.id());
            after.put("carried", carried);
        }
        audit.record(actor, organisation.id(), "assessment", row.id(), "start", null, after);
        events.publishEvent(new AssessmentChanged(started.id(), actor, AssessmentChanged.What.STATUS));
        return started;
    }

    /**
     * Submits the answers for review: they are locked and the result is stored as the submitted snapshot.
     *
     * @throws InvalidInputException a critical item is unanswered (each named)
     * @throws org.childsafe.kernel.ConflictException the assessment is not a draft or returned
     */
    @Transactional
    public StoredResult submit(Actor actor, long id) {
        Assessment assessment = access.lockFor(actor, id, WORK);
        assessment.status().after(Transition.SUBMIT);
        AssessmentDetails details = access.load(assessment);
        List<String> blockers = Scoring.submissionBlockers(details.framework(), details.responses());
        if (!blockers.isEmpty()) {
            throw new InvalidInputException(Text.of("error.submit.criticalUnanswered", String.join(", ", blockers)),
                    blockers.stream().map(code -> Detail.of(code, "error.submit.criticalItem", code)).toList());
        }
        Instant now = now();
        Assessment submitted = step(actor, assessment, Transition.SUBMIT, now, null);
        StoredResult stored = results.take(details, ResultSource.SUBMITTED, now, actor.username());
        changed(submitted, actor);
        return stored;
    }

    /**
     * Stores an auditor's review of one item (the same answer to confirm it, another to change it), with the
     * comment that says what was checked. The first review moves a submitted assessment into review.
     *
     * @throws InvalidInputException no comment, or an answer the item does not allow
     * @throws org.childsafe.kernel.ConflictException the assessment is not submitted or in review
     */
    @Transactional
    public Review review(Actor actor, long id, String itemCode, String answer, String comment) {
        Assessment assessment = access.lockFor(actor, id, REVIEW);
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        Item item = framework.item(itemCode)
                .orElseThrow(() -> new NotFoundException("error.item.notFound", itemCode, framework.code()));
        assessment.status().after(Transition.REVIEW);
        String text = AssessmentAnswering.blankToNull(comment);
        if (text == null) {
            throw InvalidInputException.field("comment", "error.review.commentRequired");
        }
        List<Detail> tooLong = new ArrayList<>();
        AssessmentAnswering.limited("comment", text, tooLong);
        if (!tooLong.isEmpty()) {
            throw InvalidInputException.of(tooLong, "error.invalid");
        }
        String code = AssessmentAnswering.blankToNull(answer);
        List<AnswerProblem> problems = code == null
                ? List.of(new AnswerProblem(AnswerProblem.ANSWER_REQUIRED, Text.of("error.answer.required", itemCode)))
                : AnswerRules.check(item, framework.scale(), code, text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(),
                    problems.stream().map(p -> Detail.of("answer", p.message())).toList());
        }
        ReviewRow previous = reviews.findByAssessmentIdAndItemCode(id, itemCode).orElse(null);
        Instant now = now();
        ReviewRow row = previous == null
                ? reviews.save(new ReviewRow(null, id, itemCode, code, text, actor.username(), now, 1))
                : reviews.update(new ReviewRow(previous.id(), id, itemCode, code, text, actor.username(), now,
                previous.version() + 1));
        audit.record(actor, assessment.organisationId(), "review", id + "/" + itemCode, "review",
                previous == null ? null : Map.of("answer", previous.answer(), "comment", previous.comment()),
                Map.of("answer", code, "comment", text));
        if (assessment.status() == AssessmentStatus.SUBMITTED) {
            step(actor, assessment, Transition.REVIEW, now, null);
        }
        events.publishEvent(new AssessmentChanged(id, actor, AssessmentChanged.What.REVIEW));
        return AssessmentAccess.toDomain(row);
    }

    /**
     * Verifies: the verified result (and the self-assessed one beside it) is stored and the assessment is
     * locked for everyone.
     */
    @Transactional
    public StoredResult verify(Actor actor, long id) {
        Assessment assessment = access.lockFor(actor, id, REVIEW);
        assessment.status().after(Transition.VERIFY);
        Instant now = now();
        AssessmentDetails details = access.load(assessment);
        Assessment verified = step(actor, assessment, Transition.VERIFY, now, null);
        StoredResult stored = results.take(details, ResultSource.VERIFIED, now, actor.username());
        changed(verified, actor);
        return stored;
    }

    /** Sends a submitted assessment back to the organisation with a comment; they can edit and submit again. */
    @Transactional
    public void returnToOrganisation(Actor actor, long id, String comment) {
        Assessment assessment = access.lockFor(actor, id, REVIEW);
        assessment.status().after(Transition.RETURN);
        List<Detail> problems = new ArrayList<>();
        String text = AssessmentAnswering.limited("comment", comment, problems);
        if (text == null) {
            throw InvalidInputException.field("comment", "error.return.commentRequired");
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.invalid");
        }
        changed(step(actor, assessment, Transition.RETURN, now(), text), actor);
    }

    /** Takes the step, stores the new status and records it; the caller then tells listeners ({@link #changed}). */
    private Assessment step(Actor actor, Assessment before, Transition transition, Instant at, String comment) {
        Assessment after = before.after(transition, actor.username(), at, comment);
        access.save(after);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", after.status().code());
        if (comment != null) {
            now.put("comment", comment);
        }
        audit.record(actor, before.organisationId(), "assessment", before.id(), "status",
                Map.of("status", before.status().code()), now);
        return after;
    }

    /** Lets listeners (the action plan) follow a new status, once everything it implies is stored. */
    private void changed(Assessment assessment, Actor actor) {
        events.publishEvent(new AssessmentChanged(assessment.id(), actor, AssessmentChanged.What.STATUS));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
