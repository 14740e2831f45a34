package org.childsafe.rounds.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.rounds.domain.Comparison;
import org.childsafe.rounds.persistence.RoundsReadModel;
import org.childsafe.rounds.persistence.RoundsReadModel.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An organisation across rounds (docs/rounds.md): its trend, and the comparison of two of its rounds, from
 * stored results only. Read by the organisation's managers and auditors, the trainers who follow it, and
 * admins; others get 404.
 */
@Singleton
public class RoundsService {

    private final AssessmentQueries assessments;
    private final ActionPlanService plans;
    private final FrameworkLibrary frameworks;
    private final RoundsReadModel readModel;

    public RoundsService(AssessmentQueries assessments, ActionPlanService plans, FrameworkLibrary frameworks,
                         RoundsReadModel readModel) {
        this.assessments = assessments;
        this.plans = plans;
        this.frameworks = frameworks;
        this.readModel = readModel;
    }

    /** One round of a trend (scores unrounded). */
    public record TrendPoint(long assessmentId, String version, String period, String status, boolean verified,
                             Double score, String band, String rating, List<DomainPoint> domains) {
    }

    public record DomainPoint(String code, Double score) {
    }

    /**
     * The organisation's rounds on the framework code that have a stored result, oldest submission first.
     *
     * @throws NotFoundException     the actor may not read the organisation
     * @throws InvalidInputException no framework with that code (field {@code framework})
     */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(Actor actor, long organisationId, String frameworkCode) {
        if (!Access.canRead(actor, organisationId)) {
            throw new NotFoundException("error.organisation.notFound", organisationId);
        }
        requireFramework(frameworkCode);
        Scope scope = Scope.organisation(organisationId);
        Map<Long, List<DomainPoint>> domains = domainsBySnapshot(frameworkCode, scope, 0);
        List<RoundsReadModel.Round> rounds = new ArrayList<>(readModel.rounds(frameworkCode, scope, 0));
        java.util.Collections.reverse(rounds);
        return rounds.stream().map(r -> new TrendPoint(r.assessmentId(), r.version(), r.period(), r.status(),
                "verified".equals(r.kind()), r.score(), r.band(), r.rating(),
                domains.getOrDefault(r.snapshotId(), List.of()))).toList();
    }

    /** Two rounds side by side, and how many actions of the earlier round's plan were done. */
    public record RoundComparison(long from, long to, Comparison comparison, int actionsCompleted) {
    }

    /**
     * Compares an assessment with an earlier round ({@code withId}) of the same organisation and framework code.
     *
     * @throws InvalidInputException the two do not fit (fields {@code with} or {@code id}): another organisation or
     *                               framework, or no stored result
     */
    @Transactional(readOnly = true)
    public RoundComparison compare(Actor actor, long id, long withId) {
        AssessmentQueries.WithResult to = assessments.withResult(actor, id);
        AssessmentQueries.WithResult from;
        try {
            from = assessments.withResult(actor, withId);
        } catch (NotFoundException unknown) {
            throw InvalidInputException.field("with", "error.comparison.with", withId);
        }
        Assessment a = to.details().assessment();
        Assessment b = from.details().assessment();
        if (a.organisationId() != b.organisationId() || a.id() == b.id()
                || !to.details().framework().code().equals(from.details().framework().code())) {
            throw InvalidInputException.field("with", "error.comparison.with", withId);
        }
        requireStored(to.result(), "id", id);
        requireStored(from.result(), "with", withId);
        Comparison comparison = Comparison.of(from.details().framework(), from.result().result().effective(),
                to.details().framework(), to.result().result().effective());
        int done = (int) plans.plan(actor, withId).actions().stream().filter(x -> x.status() == ActionStatus.DONE).count();
        return new RoundComparison(withId, id, comparison, done);
    }

    /** The served snapshots' domain scores, by snapshot. */
    Map<Long, List<DomainPoint>> domainsBySnapshot(String frameworkCode, Scope scope, int latest) {
        return readModel.domains(frameworkCode, scope, latest).stream().collect(Collectors.groupingBy(
                RoundsReadModel.DomainScore::snapshotId, Collectors.mapping(d -> new DomainPoint(d.code(), d.score()),
                        Collectors.toList())));
    }

    void requireFramework(String frameworkCode) {
        if (frameworkCode == null || frameworkCode.isBlank() || frameworks.versions(frameworkCode).isEmpty()) {
            throw InvalidInputException.field("framework", "error.framework.unknownCode",
                    frameworkCode == null ? "" : frameworkCode);
        }
    }

    private static void requireStored(ServedResult result, String field, long id) {
        if (result.source() == ResultSource.LIVE) {
            throw InvalidInputException.field(field, "error.comparison.noResult", id);
        }
    }
}
