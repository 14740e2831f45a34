package org.childsafe.rounds.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.rounds.domain.Stuck;
import org.childsafe.rounds.persistence.CohortRepository;
import org.childsafe.rounds.persistence.CohortRow;
import org.childsafe.rounds.persistence.RoundsReadModel;
import org.childsafe.rounds.persistence.RoundsReadModel.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cohorts and the trainer's dashboard (docs/rounds.md). A trainer groups the organisations they follow into
 * cohorts and owns them; admins may create a cohort for a trainer and read every cohort. A cohort is read by
 * its trainer and admins: other trainers get 404, managers and auditors 403 (they never see a cohort).
 */
@Singleton
public class CohortService {

    public static final int MAX_NAME = 200;
    public static final int COMMON_GAPS = 10;

    private final CohortRepository cohorts;
    private final RoundsReadModel readModel;
    private final RoundsService rounds;
    private final IdentityService identity;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    public CohortService(CohortRepository cohorts, RoundsReadModel readModel, RoundsService rounds,
                         IdentityService identity, OrganisationService organisations, AuditLog audit, Clock clock) {
        this.cohorts = cohorts;
        this.readModel = readModel;
        this.rounds = rounds;
        this.identity = identity;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A cohort: its trainer's username and its organisations (those the trainer still follows). */
    public record Cohort(long id, String name, String trainer, List<Long> organisationIds) {
    }

    /**
     * Creates a cohort.
     *
     * @param trainerUsername for admins: the trainer who owns it (required); for trainers: ignored (they own it)
     * @throws ForbiddenException    a manager or auditor
     * @throws InvalidInputException no name, a name used already by the trainer, no such trainer, or an
     *                               organisation the trainer does not follow (every problem listed; nothing stored)
     */
    @Transactional
    public Cohort create(Actor actor, String name, List<Long> organisationIds, String trainerUsername) {
        if (actor.role() != Role.TRAINER && !actor.isAdmin()) {
            throw new ForbiddenException("error.cohort.trainersOnly");
        }
        List<Detail> problems = new ArrayList<>();
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty()) {
            problems.add(Detail.of("name", "error.required", "name"));
        } else if (shown.length() > MAX_NAME) {
            problems.add(Detail.of("name", "error.tooLong", "name", MAX_NAME));
        }
        Actor trainer = actor;
        if (actor.isAdmin()) {
            trainer = trainerUsername == null || trainerUsername.isBlank() ? null
                    : identity.actor(trainerUsername.strip()).filter(a -> a.role() == Role.TRAINER).orElse(null);
            if (trainer == null) {
                problems.add(Detail.of("trainer", "error.cohort.trainer", trainerUsername == null ? "" : trainerUsername));
            }
        }
        Set<Long> ids = new LinkedHashSet<>(organisationIds == null ? List.of() : organisationIds);
        if (ids.isEmpty()) {
            problems.add(Detail.of("organisationIds", "error.cohort.noOrganisations"));
        }
        for (Long id : ids) {
            if (trainer != null && (id == null || !trainer.linkedTo(id))) {
                problems.add(Detail.of("organisationIds", "error.cohort.notFollowed", String.valueOf(id)));
            }
        }
        if (trainer != null && !shown.isEmpty() && cohorts.findByTrainerIdAndName(trainer.userId(), shown).isPresent()) {
            problems.add(Detail.of("name", "error.cohort.nameTaken", shown));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.cohort.invalid");
        }
        CohortRow row = cohorts.save(new CohortRow(null, shown, trainer.userId(), clock.instant(), actor.username()));
        ids.forEach(id -> cohorts.link(row.id(), id));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", shown);
        after.put("trainer", trainer.username());
        after.put("organisationIds", List.copyOf(ids));
        audit.record(actor, null, "cohort", row.id(), "create", null, after);
        return new Cohort(row.id(), shown, trainer.username(), List.copyOf(ids));
    }

    /** The caller's cohorts (admins: all of them). */
    @Transactional(readOnly = true)
    public List<Cohort> list(Actor actor) {
        if (actor.isAdmin()) {
            return cohorts.listOrderByName().stream().map(this::toCohort).toList();
        }
        if (actor.role() != Role.TRAINER) {
            throw new ForbiddenException("error.cohort.trainersOnly");
        }
        return cohorts.findByTrainerIdOrderByName(actor.userId()).stream().map(this::toCohort).toList();
    }

    /** A cohort its trainer or an admin may read. */
    @Transactional(readOnly = true)
    public Cohort get(Actor actor, long cohortId) {
        return toCohort(readable(actor, cohortId));
    }

    /** One organisation's line on the dashboard (scores unrounded). */
    public record Line(long organisationId, String name, int rounds, Latest latest, List<String> stuckDomains,
                       int overdueActions) {
    }

    /** The latest round: its served snapshot. */
    public record Latest(long assessmentId, String version, Double score, String band, String rating,
                         List<RoundsService.DomainPoint> domains) {
    }

    /** The cohort summary: ratings counted, organisations without a round, common gaps, actions done and open. */
    public record Summary(Map<String, Integer> ratings, int notAssessed, List<Gap> commonGaps,
                          int actionsDone, int actionsOpen) {
    }

    /** An item below 1 in the latest round of this many organisations. */
    public record Gap(String itemCode, int organisations) {
    }

    public record Dashboard(Cohort cohort, String framework, List<Line> organisations, Summary summary) {
    }

    /**
     * The dashboard of a cohort on a framework code, aggregated in SQL from stored results and plans: a few
     * queries whatever the cohort's size.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Actor actor, long cohortId, String frameworkCode) {
        CohortRow row = readable(actor, cohortId);
        rounds.requireFramework(frameworkCode);
        Scope scope = Scope.cohort(cohortId);
        List<Long> ids = cohorts.findFollowedOrganisationIds(cohortId);
        Map<Long, String> names = organisations.list(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<Long, List<RoundsReadModel.Round>> byOrganisation = readModel.rounds(frameworkCode, scope, 2).stream()
                .collect(Collectors.groupingBy(RoundsReadModel.Round::organisationId));
        Map<Long, List<RoundsService.DomainPoint>> domains = rounds.domainsBySnapshot(frameworkCode, scope, 2);
        Map<Long, RoundsReadModel.Actions> actions = new HashMap<>();
        readModel.latestActions(frameworkCode, scope, LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .forEach(a -> actions.put(a.organisationId(), a));
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> ratings = new TreeMap<>();
        int notAssessed = 0;
        int done = 0;
        int open = 0;
        for (long id : ids) {
            List<RoundsReadModel.Round> own = byOrganisation.getOrDefault(id, List.of());
            RoundsReadModel.Round latest = own.stream().filter(r -> r.roundDesc() == 1).findFirst().orElse(null);
            RoundsReadModel.Round previous = own.stream().filter(r -> r.roundDesc() == 2).findFirst().orElse(null);
            RoundsReadModel.Actions a = actions.get(id);
            if (latest == null) {
                notAssessed++;
                lines.add(new Line(id, names.getOrDefault(id, ""), 0, null, List.of(), 0));
                continue;
            }
            List<RoundsService.DomainPoint> latestDomains = domains.getOrDefault(latest.snapshotId(), List.of());
            List<String> stuck = Stuck.domains(latestDomains.stream().map(RoundsService.DomainPoint::code).toList(),
                    scores(latestDomains), previous == null ? null
                            : scores(domains.getOrDefault(previous.snapshotId(), List.of())));
            if (latest.rating() != null) {
                ratings.merge(latest.rating(), 1, Integer::sum);
            }
            if (a != null) {
                done += a.done();
                open += a.open();
            }
            lines.add(new Line(id, names.getOrDefault(id, ""), latest.rounds(), new Latest(latest.assessmentId(),
                    latest.version(), latest.score(), latest.band(), latest.rating(), latestDomains), stuck,
                    a == null ? 0 : a.overdue()));
        }
        Summary summary = new Summary(ratings, notAssessed, readModel.commonGaps(frameworkCode, scope, COMMON_GAPS)
                .stream().map(g -> new Gap(g.itemCode(), g.organisations())).toList(), done, open);
        return new Dashboard(toCohort(row), frameworkCode, lines, summary);
    }

    private static Map<String, Double> scores(List<RoundsService.DomainPoint> points) {
        Map<String, Double> out = new HashMap<>();
        points.forEach(p -> out.put(p.code(), p.score()));
        return out;
    }

    private CohortRow readable(Actor actor, long cohortId) {
        if (actor.role() != Role.TRAINER && !actor.isAdmin()) {
            throw new ForbiddenException("error.cohort.trainersOnly");
        }
        return cohorts.findById(cohortId).filter(c -> actor.isAdmin() || c.trainerId() == actor.userId())
                .orElseThrow(() -> new NotFoundException("error.cohort.notFound", cohortId));
    }

    private Cohort toCohort(CohortRow row) {
        String trainer = identity.actor(row.trainerId()).map(Actor::username).orElse("");
        return new Cohort(row.id(), row.name(), trainer, cohorts.findFollowedOrganisationIds(row.id()));
    }
}
