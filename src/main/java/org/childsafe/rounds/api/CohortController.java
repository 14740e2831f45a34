package org.childsafe.rounds.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.childsafe.kernel.Actor;
import org.childsafe.rounds.service.CohortService;
import org.childsafe.scoring.ScoreResult;

import java.util.List;
import java.util.Map;

/** {@code /api/cohorts}: a trainer's cohorts and their dashboard (docs/api.md, rounds). */
@Controller("/api/cohorts")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CohortController {

    private final CohortService cohorts;

    public CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Serdeable
    public record CreateCohort(String name, List<Long> organisationIds, @Nullable String trainer) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    public record CohortJson(long id, String name, String trainer, List<Long> organisationIds) {
        static CohortJson of(CohortService.Cohort c) {
            return new CohortJson(c.id(), c.name(), c.trainer(), c.organisationIds());
        }
    }

    @Post
    @Operation(operationId = "createCohort", summary = "Create a cohort of organisations the trainer follows")
    public HttpResponse<Created> create(@Parameter(hidden = true) Actor actor, @Body CreateCohort body) {
        return HttpResponse.created(new Created(cohorts.create(actor, body.name(), body.organisationIds(),
                body.trainer()).id()));
    }

    @Get
    @Operation(operationId = "listCohorts", summary = "The caller's cohorts (administrators: all)")
    public List<CohortJson> list(@Parameter(hidden = true) Actor actor) {
        return cohorts.list(actor).stream().map(CohortJson::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getCohort", summary = "One cohort")
    public CohortJson get(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return CohortJson.of(cohorts.get(actor, id));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LatestJson(long assessmentId, String version, Double score, String band, String rating,
                             List<RoundsController.DomainJson> domains) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LineJson(long id, String name, int rounds, LatestJson latest, List<String> stuckDomains,
                           int overdueActions) {
    }

    @Serdeable
    public record GapJson(String itemCode, int organisations) {
    }

    @Serdeable
    public record ActionsJson(int done, int open) {
    }

    @Serdeable
    public record SummaryJson(Map<String, Integer> ratings, int notAssessed, List<GapJson> commonGaps,
                              ActionsJson actions) {
    }

    @Serdeable
    public record DashboardJson(List<LineJson> organisations, SummaryJson summary) {
    }

    @Get("/{id}/dashboard")
    @Operation(operationId = "cohortDashboard", summary = "Latest round of each organisation of the cohort, by domain, with the cohort summary")
    public DashboardJson dashboard(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                                   @Nullable @QueryValue String framework) {
        CohortService.Dashboard d = cohorts.dashboard(actor, id, framework);
        return new DashboardJson(d.organisations().stream().map(l -> new LineJson(l.organisationId(), l.name(),
                l.rounds(), l.latest() == null ? null : new LatestJson(l.latest().assessmentId(), l.latest().version(),
                ScoreResult.round(l.latest().score()), l.latest().band(), l.latest().rating(),
                RoundsController.DomainJson.of(l.latest().domains())), l.stuckDomains(), l.overdueActions())).toList(),
                new SummaryJson(d.summary().ratings(), d.summary().notAssessed(), d.summary().commonGaps().stream()
                        .map(g -> new GapJson(g.itemCode(), g.organisations())).toList(),
                        new ActionsJson(d.summary().actionsDone(), d.summary().actionsOpen())));
    }
}
