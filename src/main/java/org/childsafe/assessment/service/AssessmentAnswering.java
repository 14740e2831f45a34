package org.childsafe.assessment.service;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.persistence.AnswerRepository;
import org.childsafe.assessment.persistence.AnswerRow;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.EvidenceListing;
import org.childsafe.assessment.persistence.EvidenceRepository;
import org.childsafe.assessment.persistence.EvidenceRow;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Text;
import org.childsafe.scoring.AnswerProblem;
import org.childsafe.scoring.AnswerRules;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.childsafe.assessment.service.AssessmentAccess.Purpose.WORK;

/**
 * Answering an assessment item by item: the answer, its described evidence and uploaded (redacted) files.
 * Each change is committed before it is acknowledged, together with the action plan it changes (through
 * {@link AssessmentChanged}). Only the organisation's managers (and admins) answer, and only while the
 * assessment is a draft or returned for changes.
 */
@Singleton
public class AssessmentAnswering {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_EVIDENCE_PER_ITEM = 20;
    public static final int MAX_EVIDENCE_TEXT = 500;
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final AssessmentAccess access;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final EvidenceRepository evidence;
    private final FrameworkLibrary frameworks;
    private final AuditLog audit;
    private final ApplicationEventPublisher<AssessmentChanged> events;
    private final Clock clock;

    public AssessmentAnswering(AssessmentAccess access, AssessmentRepository assessments, AnswerRepository answers,
                               EvidenceRepository evidence, FrameworkLibrary frameworks, AuditLog audit,
                               ApplicationEventPublisher<AssessmentChanged> events, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One evidence entry described in an answer (no file). */
    public record EvidenceInput(String description, String reference) {
    }

    /**
     * An answer as sent by the UI or the API; a null answer clears the item.
     *
     * @param evidence        the described evidence that replaces the item's described evidence; null keeps it
     * @param expectedVersion the version of the stored answer the person changed; null: no check (last write
     *                        wins); 0: the person saw no stored answer
     */
    public record AnswerInput(String answer, String comment, String naReason, List<EvidenceInput> evidence,
                              Integer expectedVersion) {
        public AnswerInput(String answer, String comment, String naReason, List<EvidenceInput> evidence) {
            this(answer, comment, naReason, evidence, null);
        }
    }

    /** What was stored, to show back ("saved at 14:02"). */
    public record AnswerSaved(Answer answer, List<Evidence> evidence, Instant savedAt) {
    }

    /**
     * Stores the answer of one item (and its described evidence, which replaces the item's earlier described
     * evidence; uploaded files stay).
     *
     * @throws NotFoundException     no such assessment for the actor, or no such item
     * @throws InvalidInputException every problem of the answer, with its field
     * @throws ConflictException     the assessment is locked, or the answer changed since the person read it
     */
    @Transactional
    public AnswerSaved answer(Actor actor, long id, String itemCode, AnswerInput input) {
        Assessment assessment = access.lockFor(actor, id, WORK);
        Item item = item(assessment, itemCode);
        assessment.status().requireEditable();
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        String answer = blankToNull(input.answer());
        List<Detail> problems = new ArrayList<>();
        String comment = limited("comment", input.comment(), problems);
        String naReason = limited("naReason", input.naReason(), problems);
        if (answer != null) {
            for (AnswerProblem p : AnswerRules.check(item, framework.scale(), answer, naReason)) {
                String field = AnswerProblem.NA_REASON_REQUIRED.equals(p.code()) ? "naReason" : "answer";
                problems.add(Detail.of(field, p.message()));
            }
        }
        List<EvidenceInput> described = input.evidence();
        if (described != null) {
            checkEvidence(described, problems);
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.answer.invalid");
        }
        AnswerRow previous = answers.findByAssessmentIdAndItemCode(id, itemCode).orElse(null);
        requireVersion(input.expectedVersion(), previous, itemCode);
        Instant now = now();
        Answer saved = null;
        if (answer == null) {
            if (previous != null) {
                answers.delete(previous);
            }
        } else {
            String reason = "na".equals(answer) ? naReason : null;
            AnswerRow row = previous == null
                    ? answers.save(new AnswerRow(null, id, itemCode, answer, comment, reason, now, actor.username(), 1))
                    : answers.update(new AnswerRow(previous.id(), id, itemCode, answer, comment, reason, now,
                    actor.username(), previous.version() + 1, false, previous.carriedFrom()));
            saved = AssessmentAccess.toDomain(row);
        }
        if (described != null) {
            evidence.deleteDescribed(id, itemCode);
            for (EvidenceInput e : described) {
                evidence.save(new EvidenceRow(null, id, itemCode, e.description().strip(), blankToNull(e.reference()),
                        null, null, null, null, now, actor.username()));
            }
        }
        remember(assessment, itemCode);
        audit.record(actor, assessment.organisationId(), "answer", id + "/" + itemCode, answer == null ? "clear" : "answer",
                describe(previous), describe(saved));
        events.publishEvent(new AssessmentChanged(id, actor, AssessmentChanged.What.ANSWER));
        List<Evidence> stored = evidence.findByAssessmentIdAndItemCodeOrderById(id, itemCode).stream()
                .map(AssessmentQueries::toDomain).toList();
        return new AnswerSaved(saved, stored, now);
    }

    /**
     * Adds an uploaded (redacted) file as evidence of an item.
     *
     * @throws InvalidInputException empty, too large, or not one of the accepted types (field {@code file})
     */
    @Transactional
    public Evidence addEvidenceFile(Actor actor, long id, String itemCode, String description, String fileName,
                                    String fileType, byte[] data) {
        Assessment assessment = access.lockFor(actor, id, WORK);
        item(assessment, itemCode);
        assessment.status().requireEditable();
        if (data == null || data.length == 0) {
            throw InvalidInputException.field("file", "error.file.empty");
        }
        if (data.length > MAX_FILE_BYTES) {
            throw InvalidInputException.field("file", "error.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        EvidenceFileCheck.Checked checked = EvidenceFileCheck.check(fileName, fileType, data);
        String name = checked.fileName();
        fileType = checked.fileType();
        String text = description == null || description.isBlank() ? name : description.strip();
        EvidenceRow row = evidence.save(new EvidenceRow(null, id, itemCode, cut(text, MAX_EVIDENCE_TEXT), null, name,
                fileType, (long) data.length, data, now(), actor.username()));
        remember(assessment, itemCode);
        audit.record(actor, assessment.organisationId(), "evidence", id + "/" + itemCode, "attach_file", null,
                Map.of("file", name, "bytes", data.length, "type", fileType));
        events.publishEvent(new AssessmentChanged(id, actor, AssessmentChanged.What.EVIDENCE));
        return evidence.findByIdAndAssessmentId(row.id(), id).map(AssessmentQueries::toDomain).orElseThrow();
    }

    /** Removes one evidence entry (described or uploaded). */
    @Transactional
    public void removeEvidence(Actor actor, long id, long evidenceId) {
        Assessment assessment = access.lockFor(actor, id, WORK);
        assessment.status().requireEditable();
        EvidenceListing existing = evidence.findByIdAndAssessmentId(evidenceId, id)
                .orElseThrow(() -> new NotFoundException("error.evidence.notFound", evidenceId));
        evidence.deleteByIdAndAssessmentId(evidenceId, id);
        audit.record(actor, assessment.organisationId(), "evidence", id + "/" + existing.itemCode(), "remove",
                Map.of("description", existing.description()), null);
        events.publishEvent(new AssessmentChanged(id, actor, AssessmentChanged.What.EVIDENCE));
    }

    private Item item(Assessment assessment, String itemCode) {
        Framework framework = frameworks.get(assessment.frameworkVersionId()).framework();
        return framework.item(itemCode)
                .orElseThrow(() -> new NotFoundException("error.item.notFound", itemCode, framework.code()));
    }

    /** A stale version changes nothing: 409 with the answer as it is now. */
    private static void requireVersion(Integer expected, AnswerRow current, String itemCode) {
        if (expected == null) {
            return;
        }
        int now = current == null ? 0 : current.version();
        if (expected != now) {
            throw new ConflictException(Text.of("error.answer.stale", itemCode),
                    List.of(Detail.of("version", "error.answer.staleDetail", now,
                            current == null ? "–" : current.answer(), current == null ? "–" : current.updatedBy())));
        }
    }

    private static void checkEvidence(List<EvidenceInput> described, List<Detail> problems) {
        if (described.size() > MAX_EVIDENCE_PER_ITEM) {
            problems.add(Detail.of("evidence", "error.evidence.tooMany", MAX_EVIDENCE_PER_ITEM));
        }
        for (int i = 0; i < described.size(); i++) {
            EvidenceInput e = described.get(i);
            if (e == null || e.description() == null || e.description().isBlank()) {
                problems.add(Detail.of("evidence[" + i + "].description", "error.evidence.descriptionRequired"));
            } else if (e.description().length() > MAX_EVIDENCE_TEXT
                    || e.reference() != null && e.reference().length() > MAX_EVIDENCE_TEXT) {
                problems.add(Detail.of("evidence[" + i + "]", "error.evidence.tooLong", MAX_EVIDENCE_TEXT));
            }
        }
    }

    /** Remembers where the person was, to resume there (no write when it did not change). */
    private void remember(Assessment a, String itemCode) {
        if (!itemCode.equals(a.lastItemCode())) {
            assessments.updateLastItemCode(a.id(), itemCode);
        }
    }

    /** Now, to the microsecond both databases keep, so an answer read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<String, Object> describe(AnswerRow a) {
        return a == null ? null : describe(AssessmentAccess.toDomain(a));
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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The text stripped, or null; a problem for the field when it is longer than {@link #MAX_TEXT}. */
    static String limited(String field, String text, List<Detail> problems) {
        String s = blankToNull(text);
        if (s != null && s.length() > MAX_TEXT) {
            problems.add(Detail.of(field, "error.tooLong", field, MAX_TEXT));
        }
        return s;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
