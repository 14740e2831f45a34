package org.childsafe.assessment.service;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.AssessmentRow;
import org.childsafe.assessment.persistence.AssessmentStore;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Text;
import org.childsafe.scoring.AnswerProblem;
import org.childsafe.scoring.AnswerRules;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;
import org.childsafe.scoring.Scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assessments: start on a pinned framework version, answer item by item (each answer is committed
 * before it is acknowledged), submit, review, return, verify; scores and snapshots.
 */
@Singleton
public class AssessmentService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_EVIDENCE_PER_ITEM = 20;
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");

    private final AssessmentRepository assessments;
    private final AssessmentStore store;
    private final FrameworkLibrary frameworks;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, AssessmentStore store, FrameworkLibrary frameworks,
                             OrganisationService organisations, AuditLog audit, JsonMapper json, Clock clock) {
        this.assessments = assessments;
        this.store = store;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** What a manager gives to start an assessment. */
    public record StartForm(Long organisationId, String framework, String version, String title, String period) {
    }

    /** One evidence entry described in an answer (no file). */
    public record EvidenceInput(String description, String reference) {
    }

    /** An answer as sent by the UI or the API; a null answer clears the item. */
    public record AnswerInput(String answer, String comment, String naReason, List<EvidenceInput> evidence) {
    }

    // ---------------------------------------------------------------- start and read

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
        String title = form.title() == null || form.title().isBlank()
                ? stored.framework().title().get("en") : form.title().strip();
        if (title.length() > 200) {
            throw InvalidInputException.field("title", "error.tooLong", "title", 200);
        }
        String period = form.period() == null || form.period().isBlank() ? null : form.period().strip();
        if (period != null && period.length() > 60) {
            throw InvalidInputException.field("period", "error.tooLong", "period", 60);
        }
        AssessmentRow row = assessments.save(new AssessmentRow(null, organisation.id(), stored.id(), title, period,
                AssessmentStatus.DRAFT.code(), null, null, clock.instant(), actor.username(), null, null, null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("framework", stored.framework().code() + "@" + stored.framework().version());
        after.put("title", title);
        after.put("period", period);
        after.put("status", "draft");
        audit.record(actor, organisation.id(), "assessment", row.id(), "start", null, after);
        return toDomain(row);
    }

    /** The assessments the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> visible(Actor actor) {
        List<AssessmentRow> rows = actor.isAdmin() ? assessments.listOrderByCreatedAtDesc()
                : actor.organisationIds().isEmpty() ? List.of()
                : assessments.findByOrganisationIdInOrderByCreatedAtDesc(actor.organisationIds());
        return rows.stream().map(AssessmentService::toDomain).toList();
    }

    /** One assessment with its framework, answers, evidence counts and reviews: two queries after the first read. */
    @Transactional(readOnly = true)
    public AssessmentDetails details(Actor actor, long id) {
        Assessment assessment = readable(actor, id);
        return load(assessment);
    }

    @Transactional(readOnly = true)
    public List<Evidence> evidence(Actor actor, long id, String itemCode) {
        readable(actor, id);
        return store.evidence(id, itemCode);
    }

    @Transactional(readOnly = true)
    public org.childsafe.assessment.domain.EvidenceFile evidenceFile(Actor actor, long id, long evidenceId) {
        readable(actor, id);
        AssessmentStore.EvidenceFile file = store.evidenceFile(id, evidenceId)
                .orElseThrow(() -> new NotFoundException("error.evidence.noFile", evidenceId));
        return new org.childsafe.assessment.domain.EvidenceFile(file.fileName(), file.fileType(), file.data());
    }

    // ---------------------------------------------------------------- answering

    /**
     * Stores the answer of one item (and its described evidence, which replaces the item's earlier
     * described evidence; uploaded files stay). Committed before it returns.
     */
    @Transactional
    public AnswerSaved answer(Actor actor, long id, String itemCode, AnswerInput input) {
        Assessment assessment = workable(actor, id);
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        Item item = framework.item(itemCode)
                .orElseThrow(() -> new NotFoundException("error.item.notFound", itemCode, framework.code()));
        requireEditable(assessment);
        String answer = blankToNull(input.answer());
        String comment = limit("comment", blankToNull(input.comment()));
        String naReason = limit("naReason", blankToNull(input.naReason()));
        List<Detail> problems = new ArrayList<>();
        if (answer != null) {
            for (AnswerProblem p : AnswerRules.check(item, framework.scale(), answer, naReason)) {
                String field = AnswerProblem.NA_REASON_REQUIRED.equals(p.code()) ? "naReason" : "answer";
                problems.add(Detail.of(field, p.message()));
            }
        }
        List<EvidenceInput> evidence = input.evidence() == null ? null : input.evidence();
        if (evidence != null) {
            if (evidence.size() > MAX_EVIDENCE_PER_ITEM) {
                problems.add(Detail.of("evidence", "error.evidence.tooMany", MAX_EVIDENCE_PER_ITEM));
            }
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceInput e = evidence.get(i);
                if (e == null || e.description() == null || e.description().isBlank()) {
                    problems.add(Detail.of("evidence[" + i + "].description", "error.evidence.descriptionRequired"));
                } else if (e.description().length() > 500 || e.reference() != null && e.reference().length() > 500) {
                    problems.add(Detail.of("evidence[" + i + "]", "error.evidence.tooLong", 500));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.answer.invalid");
        }
        Answer previous = store.answer(id, itemCode).orElse(null);
        Instant now = clock.instant();
        Answer saved = null;
        if (answer == null) {
            store.deleteAnswer(id, itemCode);
        } else {
            saved = new Answer(itemCode, answer, comment, "na".equals(answer) ? naReason : null, now, actor.username());
            store.putAnswer(id, saved);
        }
        if (evidence != null) {
            store.deleteDescribedEvidence(id, itemCode);
            for (EvidenceInput e : evidence) {
                store.addEvidence(id, itemCode, e.description().strip(), blankToNull(e.reference()), null, null, null,
                        now, actor.username());
            }
        }
        touch(assessment, itemCode);
        audit.record(actor, assessment.organisationId(), "answer", id + "/" + itemCode, answer == null ? "clear" : "answer",
                describe(previous), describe(saved));
        return new AnswerSaved(saved, store.evidence(id, itemCode), now);
    }

    /** What was stored, to show back ("saved at 14:02"). */
    public record AnswerSaved(Answer answer, List<Evidence> evidence, Instant savedAt) {
    }

    /** Adds an uploaded (redacted) file as evidence of an item. */
    @Transactional
    public Evidence addEvidenceFile(Actor actor, long id, String itemCode, String description, String fileName,
                                    String fileType, byte[] data) {
        Assessment assessment = workable(actor, id);
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        framework.item(itemCode).orElseThrow(() -> new NotFoundException("error.item.notFound", itemCode, framework.code()));
        requireEditable(assessment);
        if (data == null || data.length == 0) {
            throw InvalidInputException.field("file", "error.file.empty");
        }
        if (data.length > MAX_FILE_BYTES) {
            throw InvalidInputException.field("file", "error.file.tooLarge", 5);
        }
        if (fileType == null || !FILE_TYPES.contains(fileType)) {
            throw InvalidInputException.field("file", "error.file.type");
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        String text = description == null || description.isBlank() ? name : description.strip();
        long evidenceId = store.addEvidence(id, itemCode, limit500(text), null, limit200(name), fileType, data,
                clock.instant(), actor.username());
        touch(assessment, itemCode);
        audit.record(actor, assessment.organisationId(), "evidence", id + "/" + itemCode, "attach_file", null,
                Map.of("file", name, "bytes", data.length, "type", fileType));
        return store.evidence(id, itemCode).stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow();
    }

    @Transactional
    public void removeEvidence(Actor actor, long id, long evidenceId) {
        Assessment assessment = workable(actor, id);
        requireEditable(assessment);
        Evidence existing = store.evidence(id, null).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.evidence.notFound", evidenceId));
        store.deleteEvidence(id, evidenceId);
        audit.record(actor, assessment.organisationId(), "evidence", id + "/" + existing.itemCode(), "remove",
                Map.of("description", existing.description()), null);
    }

    // ---------------------------------------------------------------- workflow

    @Transactional
    public ScoreComparison submit(Actor actor, long id) {
        Assessment assessment = workable(actor, id);
        if (!assessment.status().editable()) {
            throw new ConflictException("error.assessment.already", Text.of("assessment.status." + assessment.status().code()));
        }
        AssessmentDetails details = load(assessment);
        List<String> blockers = Scoring.submissionBlockers(details.framework(), details.responses());
        if (!blockers.isEmpty()) {
            throw new InvalidInputException(Text.of("error.submit.criticalUnanswered", String.join(", ", blockers)),
                    blockers.stream().map(code -> Detail.of(code, "error.submit.criticalItem", code)).toList());
        }
        ScoreComparison result = Scoring.compare(details.framework(), details.responses());
        setStatus(actor, assessment, AssessmentStatus.SUBMITTED, null);
        snapshot(id, "submitted", result);
        return result;
    }

    @Transactional
    public Review review(Actor actor, long id, String itemCode, String answer, String comment) {
        Assessment assessment = reviewable(actor, id);
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        Item item = framework.item(itemCode).orElseThrow(() -> new NotFoundException("error.item.notFound", itemCode, framework.code()));
        if (assessment.status() == AssessmentStatus.VERIFIED) {
            throw new ConflictException("error.assessment.verifiedLocked");
        }
        if (!assessment.status().reviewable()) {
            throw new ConflictException("error.review.notSubmitted", Text.of("assessment.status." + assessment.status().code()));
        }
        String text = blankToNull(comment);
        if (text == null) {
            throw InvalidInputException.field("comment", "error.review.commentRequired");
        }
        limit("comment", text);
        String code = blankToNull(answer);
        List<AnswerProblem> problems = code == null ? List.of(new AnswerProblem(AnswerProblem.ANSWER_REQUIRED,
                Text.of("error.answer.required", itemCode))) : AnswerRules.check(item, framework.scale(), code, text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(),
                    problems.stream().map(p -> Detail.of("answer", p.message())).toList());
        }
        Review previous = store.reviews(id).stream().filter(r -> r.itemCode().equals(itemCode)).findFirst().orElse(null);
        Review review = new Review(itemCode, code, text, actor.username(), clock.instant());
        store.putReview(id, review);
        audit.record(actor, assessment.organisationId(), "review", id + "/" + itemCode, "review",
                previous == null ? null : Map.of("answer", previous.answer(), "comment", previous.comment()),
                Map.of("answer", code, "comment", text));
        if (assessment.status() == AssessmentStatus.SUBMITTED) {
            setStatus(actor, assessment, AssessmentStatus.IN_REVIEW, null);
        }
        return review;
    }

    @Transactional
    public ScoreComparison verify(Actor actor, long id) {
        Assessment assessment = reviewable(actor, id);
        if (assessment.status() == AssessmentStatus.VERIFIED) {
            throw new ConflictException("error.assessment.already", Text.of("assessment.status.verified"));
        }
        if (!assessment.status().reviewable()) {
            throw new ConflictException("error.verify.notSubmitted", Text.of("assessment.status." + assessment.status().code()));
        }
        AssessmentDetails details = load(assessment);
        ScoreComparison result = Scoring.compare(details.framework(), details.responses());
        setStatus(actor, assessment, AssessmentStatus.VERIFIED, null);
        snapshot(id, "verified", result);
        return result;
    }

    /** Sends a submitted assessment back to the organisation with a comment; they can edit and submit again. */
    @Transactional
    public void returnToOrganisation(Actor actor, long id, String comment) {
        Assessment assessment = reviewable(actor, id);
        if (!assessment.status().reviewable()) {
            throw new ConflictException("error.return.notSubmitted", Text.of("assessment.status." + assessment.status().code()));
        }
        String text = blankToNull(comment);
        if (text == null) {
            throw InvalidInputException.field("comment", "error.return.commentRequired");
        }
        setStatus(actor, assessment, AssessmentStatus.RETURNED, limit("comment", text));
    }

    // ---------------------------------------------------------------- scores

    /** The current result: effective (reviewed answers where reviewed) and, once reviewed, self. */
    @Transactional(readOnly = true)
    public ScoreComparison score(Actor actor, long id) {
        AssessmentDetails details = details(actor, id);
        return Scoring.compare(details.framework(), details.responses());
    }

    /** One line of the assessments list: what it is, how far it is, and its latest stored score. */
    public record Overview(Assessment assessment, String organisationName, String frameworkCode,
                           String frameworkVersion, org.childsafe.framework.domain.LocalizedText frameworkTitle,
                           int answered, int total, Double score, String rating) {
    }

    /**
     * A page of the assessments the actor may see, newest first, with answered counts and the latest
     * snapshot's score: three set-based queries for the page, whatever its length.
     */
    @Transactional(readOnly = true)
    public List<Overview> overview(Actor actor, int offset, int limit) {
        List<Assessment> page = visible(actor).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
        List<Long> ids = page.stream().map(Assessment::id).toList();
        Map<Long, Integer> answered = store.answerCounts(ids);
        Map<Long, AssessmentStore.LatestScore> scores = store.latestScores(ids);
        Map<Long, String> names = organisations.list(page.stream().map(Assessment::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return page.stream().map(a -> {
            Framework f = frameworks.get(a.frameworkVersionId()).framework();
            AssessmentStore.LatestScore s = scores.get(a.id());
            return new Overview(a, names.getOrDefault(a.organisationId(), ""), f.code(), f.version(), f.title(),
                    answered.getOrDefault(a.id(), 0), f.itemCount(), s == null ? null : s.score(),
                    s == null ? null : s.rating());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<AssessmentStore.Snapshot> snapshots(Actor actor, long id) {
        readable(actor, id);
        return store.snapshots(id);
    }

    // ---------------------------------------------------------------- helpers

    private AssessmentDetails load(Assessment assessment) {
        FrameworkLibrary.StoredFramework stored = frameworks.get(assessment.frameworkVersionId());
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Integer> evidence = new HashMap<>();
        for (AssessmentStore.AnswerWithEvidence a : store.answers(assessment.id())) {
            answers.put(a.answer().itemCode(), a.answer());
            evidence.put(a.answer().itemCode(), a.evidenceCount());
        }
        Map<String, Review> reviews = new HashMap<>();
        store.reviews(assessment.id()).forEach(r -> reviews.put(r.itemCode(), r));
        String organisationName = organisations.find(assessment.organisationId()).map(Organisation::name).orElse("");
        return new AssessmentDetails(assessment, organisationName, stored.framework(), answers, evidence, reviews);
    }

    private Assessment find(long id) {
        return assessments.findById(id).map(AssessmentService::toDomain)
                .orElseThrow(() -> new NotFoundException("error.assessment.notFound", id));
    }

    /** Readable by the actor, else 404 (existence must not leak across organisations). */
    private Assessment readable(Actor actor, long id) {
        Assessment a = find(id);
        if (!Access.canRead(actor, a.organisationId())) {
            throw new NotFoundException("error.assessment.notFound", id);
        }
        return a;
    }

    private Assessment workable(Actor actor, long id) {
        Assessment a = readable(actor, id);
        if (!Access.canWork(actor, a.organisationId())) {
            throw Access.refusal(actor, a.organisationId(), "error.assessment.managersOnly");
        }
        return a;
    }

    private Assessment reviewable(Actor actor, long id) {
        Assessment a = readable(actor, id);
        if (!Access.canReview(actor, a.organisationId())) {
            throw Access.refusal(actor, a.organisationId(), "error.assessment.auditorsOnly");
        }
        return a;
    }

    private static void requireEditable(Assessment assessment) {
        if (!assessment.status().editable()) {
            throw new ConflictException("error.assessment.locked", Text.of("assessment.status." + assessment.status().code()));
        }
    }

    /** Remembers where the person was, to resume there (no write when it did not change). */
    private void touch(Assessment a, String itemCode) {
        if (itemCode.equals(a.lastItemCode())) {
            return;
        }
        assessments.update(new AssessmentRow(a.id(), a.organisationId(), a.frameworkVersionId(), a.title(), a.period(),
                a.status().code(), a.returnComment(), itemCode, a.createdAt(), a.createdBy(), a.submittedAt(),
                a.verifiedAt(), a.verifiedBy()));
    }

    private void setStatus(Actor actor, Assessment a, AssessmentStatus status, String returnComment) {
        Instant now = clock.instant();
        assessments.update(new AssessmentRow(a.id(), a.organisationId(), a.frameworkVersionId(), a.title(), a.period(),
                status.code(), status == AssessmentStatus.RETURNED ? returnComment : a.returnComment(),
                a.lastItemCode(), a.createdAt(), a.createdBy(),
                status == AssessmentStatus.SUBMITTED ? now : a.submittedAt(),
                status == AssessmentStatus.VERIFIED ? now : a.verifiedAt(),
                status == AssessmentStatus.VERIFIED ? actor.username() : a.verifiedBy()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.code());
        if (returnComment != null) {
            after.put("comment", returnComment);
        }
        audit.record(actor, a.organisationId(), "assessment", a.id(), "status", Map.of("status", a.status().code()), after);
    }

    private void snapshot(long id, String kind, ScoreComparison result) {
        ScoreResult effective = result.effective();
        try {
            store.addSnapshot(id, kind, effective.methodVersion(), effective.score(), effective.rating(),
                    json.writeValueAsString(ScoreJson.of(result)), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> describe(Answer a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answer", a.answer());
        m.put("comment", a.comment());
        m.put("naReason", a.naReason());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String limit(String field, String s) {
        if (s != null && s.length() > MAX_TEXT) {
            throw InvalidInputException.field(field, "error.tooLong", field, MAX_TEXT);
        }
        return s;
    }

    private static String limit500(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    private static String limit200(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    static Assessment toDomain(AssessmentRow r) {
        return new Assessment(r.id(), r.organisationId(), r.frameworkVersionId(), r.title(), r.period(),
                AssessmentStatus.fromCode(r.status()).orElseThrow(), r.returnComment(), r.lastItemCode(),
                r.createdAt(), r.createdBy(), r.submittedAt(), r.verifiedAt(), r.verifiedBy());
    }
}
