package org.childsafe.assessment.service;

import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.persistence.AnswerRepository;
import org.childsafe.assessment.persistence.AnswerRow;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.AssessmentRow;
import org.childsafe.assessment.persistence.CountPerItem;
import org.childsafe.assessment.persistence.EvidenceRepository;
import org.childsafe.assessment.persistence.ReviewRepository;
import org.childsafe.assessment.persistence.ReviewRow;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Finds an assessment for an actor, with the access rule of what they want to do, and loads what showing
 * or scoring it needs. Who may do what: read (everyone linked to the organisation, and admins; others get
 * 404 so that existence does not leak), work (its managers and admins, else 403), review (its assigned
 * auditors and admins, else 403). Shared by the answering, workflow and query services; not used by views.
 */
@Singleton
public class AssessmentAccess {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ReviewRepository reviews;
    private final EvidenceRepository evidence;
    private final FrameworkLibrary frameworks;
    private final OrganisationService organisations;

    public AssessmentAccess(AssessmentRepository assessments, AnswerRepository answers, ReviewRepository reviews,
                            EvidenceRepository evidence, FrameworkLibrary frameworks,
                            OrganisationService organisations) {
        this.assessments = assessments;
        this.answers = answers;
        this.reviews = reviews;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    /** What the actor wants to do with the assessment, with the refusal when they may not. */
    enum Purpose {
        READ(Access::canRead, null),
        WORK(Access::canWork, "error.assessment.managersOnly"),
        REVIEW(Access::canReview, "error.assessment.auditorsOnly");

        private final BiPredicate<Actor, Long> rule;
        private final String refusalKey;

        Purpose(BiPredicate<Actor, Long> rule, String refusalKey) {
            this.rule = rule;
            this.refusalKey = refusalKey;
        }
    }

    /** The assessment as it is now, if the actor may do this with it. */
    Assessment get(Actor actor, long id, Purpose purpose) {
        return check(actor, assessments.findById(id), id, purpose);
    }

    /**
     * The assessment, locked until the transaction ends: every change of an assessment (answers, evidence,
     * reviews, status, its plan) takes this lock first, so that two changes never interleave.
     */
    Assessment lockFor(Actor actor, long id, Purpose purpose) {
        return check(actor, assessments.findByIdForUpdate(id), id, purpose);
    }

    private static Assessment check(Actor actor, java.util.Optional<AssessmentRow> row, long id, Purpose purpose) {
        Assessment a = row.map(AssessmentAccess::toDomain)
                .filter(found -> Access.canRead(actor, found.organisationId()))
                .orElseThrow(() -> new NotFoundException("error.assessment.notFound", id));
        if (purpose.refusalKey != null && !purpose.rule.test(actor, a.organisationId())) {
            throw Access.refusal(actor, a.organisationId(), purpose.refusalKey);
        }
        return a;
    }

    /** The assessment with its framework, answers, evidence counts and reviews: three queries. */
    AssessmentDetails load(Assessment assessment) {
        Map<String, Answer> byItem = new HashMap<>();
        answers.findByAssessmentId(assessment.id()).forEach(r -> byItem.put(r.itemCode(), toDomain(r)));
        Map<String, Integer> counts = new HashMap<>();
        for (CountPerItem c : evidence.countPerItem(assessment.id())) {
            counts.put(c.itemCode(), (int) c.count());
        }
        Map<String, Review> reviewed = new HashMap<>();
        reviews.findByAssessmentId(assessment.id()).forEach(r -> reviewed.put(r.itemCode(), toDomain(r)));
        String organisationName = organisations.find(assessment.organisationId()).map(Organisation::name).orElse("");
        return new AssessmentDetails(assessment, organisationName, frameworks.get(assessment.frameworkVersionId())
                .framework(), byItem, counts, reviewed);
    }

    /** Writes the assessment's own fields (status, dates, return comment, last item). */
    void save(Assessment a) {
        assessments.update(a.id(), a.status().code(), a.returnComment(), a.lastItemCode(), a.submittedAt(),
                a.verifiedAt(), a.verifiedBy());
    }

    static Assessment toDomain(AssessmentRow r) {
        return new Assessment(r.id(), r.organisationId(), r.frameworkVersionId(), r.title(), r.period(),
                AssessmentStatus.fromCode(r.status()).orElseThrow(), r.returnComment(), r.lastItemCode(),
                r.createdAt(), r.createdBy(), r.submittedAt(), r.verifiedAt(), r.verifiedBy(), r.baselineId());
    }

    static Answer toDomain(AnswerRow r) {
        return new Answer(r.itemCode(), r.answer(), r.comment(), r.naReason(), r.updatedAt(), r.updatedBy(), r.version(),
                r.recheck(), r.carriedFrom());
    }

    static Review toDomain(ReviewRow r) {
        return new Review(r.itemCode(), r.answer(), r.comment(), r.reviewer(), r.reviewedAt(), r.version());
    }
}
