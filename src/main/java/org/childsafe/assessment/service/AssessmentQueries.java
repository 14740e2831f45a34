package org.childsafe.assessment.service;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.EvidenceFile;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.persistence.AnswerRepository;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.AssessmentRow;
import org.childsafe.assessment.persistence.CountPerAssessment;
import org.childsafe.assessment.persistence.EvidenceListing;
import org.childsafe.assessment.persistence.EvidenceRepository;
import org.childsafe.assessment.persistence.ResultStore;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.childsafe.assessment.service.AssessmentAccess.Purpose.READ;

/** Reading assessments: lists, one assessment with its answers, evidence, its result and its snapshots. Never writes. */
@Singleton
public class AssessmentQueries {

    private final AssessmentAccess access;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final EvidenceRepository evidence;
    private final ResultStore resultStore;
    private final Results results;
    private final FrameworkLibrary frameworks;
    private final OrganisationService organisations;

    public AssessmentQueries(AssessmentAccess access, AssessmentRepository assessments, AnswerRepository answers,
                             EvidenceRepository evidence, ResultStore resultStore, Results results,
                             FrameworkLibrary frameworks, OrganisationService organisations) {
        this.access = access;
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
        this.resultStore = resultStore;
        this.results = results;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    /** The assessments the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> visible(Actor actor) {
        List<AssessmentRow> rows = actor.isAdmin() ? assessments.listOrderByCreatedAtDesc()
                : actor.organisationIds().isEmpty() ? List.of()
                : assessments.findByOrganisationIdInOrderByCreatedAtDesc(actor.organisationIds());
        return rows.stream().map(AssessmentAccess::toDomain).toList();
    }

    /**
     * One line of the assessments list: what it is, how far it is, and the result it serves once stored.
     *
     * @param answered     items with an answer now
     * @param total        items of the framework
     * @param resultSource where the score comes from; null for drafts and returned assessments (no stored result)
     */
    public record Overview(Assessment assessment, String organisationName, String frameworkCode,
                           String frameworkVersion, LocalizedText frameworkTitle, int answered, int total,
                           ResultSource resultSource, Double score, String rating) {
    }

    /**
     * A page of the assessments the actor may see, newest first, with answered counts and the served result's
     * score: four queries for the page (assessments, answer counts, served snapshots, their parts), whatever
     * its length, and the database does the paging.
     */
    @Transactional(readOnly = true)
    public List<Overview> overview(Actor actor, int offset, int limit) {
        if (limit <= 0 || !actor.isAdmin() && actor.organisationIds().isEmpty()) {
            return List.of();
        }
        Pageable pageable = Pageable.from(Math.max(0, offset) / limit, limit,
                Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        // Pageable pages by page number: an offset that is not a multiple of the limit reads the page around it
        int skip = Math.max(0, offset) % limit;
        if (skip != 0) {
            pageable = Pageable.from(0, offset + limit, pageable.getSort());
        }
        Page<AssessmentRow> rows = actor.isAdmin() ? assessments.findAll(pageable)
                : assessments.findByOrganisationIdIn(actor.organisationIds(), pageable);
        List<Assessment> page = rows.getContent().stream().skip(skip == 0 ? 0 : offset).limit(limit)
                .map(AssessmentAccess::toDomain).toList();
        List<Long> ids = page.stream().map(Assessment::id).toList();
        Map<Long, Integer> answered = new HashMap<>();
        if (!ids.isEmpty()) {
            for (CountPerAssessment c : answers.countPerAssessment(ids)) {
                answered.put(c.assessmentId(), (int) c.count());
            }
        }
        Map<Long, ResultStore.Summary> scores = resultStore.servedSummaries(ids);
        Map<Long, String> names = organisations.list(page.stream().map(Assessment::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return page.stream().map(a -> {
            Framework f = frameworks.get(a.frameworkVersionId()).framework();
            ResultStore.Summary s = a.status().hasStoredResult() ? scores.get(a.id()) : null;
            return new Overview(a, names.getOrDefault(a.organisationId(), ""), f.code(), f.version(), f.title(),
                    answered.getOrDefault(a.id(), 0), f.itemCount(), s == null ? null : s.kind(),
                    s == null ? null : s.score(), s == null ? null : s.rating());
        }).toList();
    }

    /** How many assessments the actor may see (for the list's pager). */
    @Transactional(readOnly = true)
    public long count(Actor actor) {
        if (actor.isAdmin()) {
            return assessments.count();
        }
        return actor.organisationIds().isEmpty() ? 0
                : assessments.findByOrganisationIdIn(actor.organisationIds(), Pageable.from(0, 1)).getTotalSize();
    }

    /** One assessment with its framework, answers, evidence counts and reviews. */
    @Transactional(readOnly = true)
    public AssessmentDetails details(Actor actor, long id) {
        return access.load(access.get(actor, id, READ));
    }

    /** The result to show: stored where the assessment has one (see {@link Results}). */
    @Transactional(readOnly = true)
    public ServedResult result(Actor actor, long id) {
        return results.served(details(actor, id));
    }

    /** The assessment and the result it shows, read together. */
    public record WithResult(AssessmentDetails details, ServedResult result) {
    }

    @Transactional(readOnly = true)
    public WithResult withResult(Actor actor, long id) {
        AssessmentDetails details = details(actor, id);
        return new WithResult(details, results.served(details));
    }

    /** One item's stored or carried answer with its evidence. */
    public record AnswerWithEvidence(Answer answer, List<Evidence> evidence) {
    }

    /** Every stored or carried answer, in framework order, with its evidence. */
    @Transactional(readOnly = true)
    public List<AnswerWithEvidence> answers(Actor actor, long id) {
        AssessmentDetails details = details(actor, id);
        Map<String, List<Evidence>> byItem = evidence.findByAssessmentIdOrderById(id).stream()
                .map(AssessmentQueries::toDomain).collect(Collectors.groupingBy(Evidence::itemCode));
        return details.framework().items().filter(i -> details.answers().containsKey(i.code()))
                .map(i -> new AnswerWithEvidence(details.answers().get(i.code()), byItem.getOrDefault(i.code(), List.of())))
                .toList();
    }

    /** Every stored snapshot of the assessment, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredResult> snapshots(Actor actor, long id) {
        access.get(actor, id, READ);
        return resultStore.all(id);
    }

    /** Evidence entries (without file bytes) of the assessment, or of one item when itemCode is not null. */
    @Transactional(readOnly = true)
    public List<Evidence> evidence(Actor actor, long id, String itemCode) {
        access.get(actor, id, READ);
        List<EvidenceListing> rows = itemCode == null ? evidence.findByAssessmentIdOrderById(id)
                : evidence.findByAssessmentIdAndItemCodeOrderById(id, itemCode);
        return rows.stream().map(AssessmentQueries::toDomain).toList();
    }

    /** An uploaded evidence file, for whoever may read the assessment. */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(Actor actor, long id, long evidenceId) {
        access.get(actor, id, READ);
        return evidence.findFile(evidenceId, id)
                .map(f -> new EvidenceFile(f.fileName(), f.fileType(), f.fileData()))
                .orElseThrow(() -> new NotFoundException("error.evidence.noFile", evidenceId));
    }

    static Evidence toDomain(EvidenceListing e) {
        return new Evidence(e.id(), e.itemCode(), e.description(), e.reference(), e.fileName(), e.fileType(),
                e.fileSize(), e.createdAt(), e.createdBy());
    }
}
