package org.childsafe.assessment.service;

import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.persistence.AnswerRepository;
import org.childsafe.assessment.persistence.AnswerRow;
import org.childsafe.assessment.persistence.AssessmentRepository;
import org.childsafe.assessment.persistence.EvidenceListing;
import org.childsafe.assessment.persistence.EvidenceRepository;
import org.childsafe.assessment.persistence.EvidenceRow;
import org.childsafe.assessment.persistence.ResultStore;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Lineage;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A new round from a baseline (docs/rounds.md): the baseline must be an earlier assessment of the same
 * organisation on the same framework code, with a stored result. Each item whose predecessor in the
 * baseline has an effective answer receives it as a carried answer (answer, comment, N/A reason and
 * described evidence, with their original dates), marked to re-check: a suggestion, not an answer.
 */
@Singleton
class CarryOver {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final EvidenceRepository evidence;
    private final ResultStore results;
    private final FrameworkLibrary frameworks;
    private final AssessmentAccess access;

    CarryOver(AssessmentRepository assessments, AnswerRepository answers, EvidenceRepository evidence,
              ResultStore results, FrameworkLibrary frameworks, AssessmentAccess access) {
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
        this.results = results;
        this.frameworks = frameworks;
        this.access = access;
    }

    /**
     * The baseline, if it fits a new round of this organisation on this framework code.
     *
     * @throws InvalidInputException (field {@code baseline}) for anything that does not fit: unknown, another
     *                               organisation, another framework, no stored result
     */
    Assessment check(Actor actor, long baselineId, long organisationId, String frameworkCode) {
        Assessment baseline = assessments.findById(baselineId).map(AssessmentAccess::toDomain)
                .filter(a -> Access.canRead(actor, a.organisationId()))
                .orElseThrow(() -> InvalidInputException.field("baseline", "error.baseline.notFound", baselineId));
        if (baseline.organisationId() != organisationId) {
            throw InvalidInputException.field("baseline", "error.baseline.otherOrganisation", baselineId);
        }
        String code = frameworks.get(baseline.frameworkVersionId()).framework().code();
        if (!code.equals(frameworkCode)) {
            throw InvalidInputException.field("baseline", "error.baseline.otherFramework", baselineId, code, frameworkCode);
        }
        if (!baseline.status().hasStoredResult() || results.served(baselineId).isEmpty()) {
            throw InvalidInputException.field("baseline", "error.baseline.noResult", baselineId);
        }
        return baseline;
    }

    /** Copies the baseline's effective answers into the new round as carried answers; returns how many. */
    int carry(Assessment baseline, Assessment round, Framework framework) {
        AssessmentDetails before = access.load(baseline);
        Framework earlier = before.framework();
        Map<String, List<EvidenceListing>> described = evidence.findByAssessmentIdOrderById(baseline.id()).stream()
                .filter(e -> e.fileName() == null).collect(Collectors.groupingBy(EvidenceListing::itemCode));
        int carried = 0;
        for (Item item : framework.items().toList()) {
            Optional<String> predecessor = Lineage.predecessor(item, framework, earlier);
            if (predecessor.isEmpty()) {
                continue;
            }
            String from = predecessor.get();
            Answer self = before.answered(from).orElse(null);
            Review review = before.currentReview(from).orElse(null);
            if (self == null && review == null) {
                continue;
            }
            String answer = review != null ? review.answer() : self.answer();
            String naReason = "na".equals(answer) ? (review != null ? review.comment() : self.naReason()) : null;
            answers.save(new AnswerRow(null, round.id(), item.code(), answer, self == null ? null : self.comment(),
                    naReason, review != null ? review.reviewedAt() : self.updatedAt(),
                    review != null ? review.reviewer() : self.updatedBy(), 1, true, from));
            for (EvidenceListing e : described.getOrDefault(from, List.of())) {
                evidence.save(new EvidenceRow(null, round.id(), item.code(), e.description(), e.reference(), null, null,
                        null, null, e.createdAt(), e.createdBy()));
            }
            carried++;
        }
        return carried;
    }
}
