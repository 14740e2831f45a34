package org.childsafe.rounds.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.rounds.domain.Comparison;
import org.childsafe.rounds.service.RoundsService;
import org.childsafe.scoring.ScoreResult;

import java.util.List;

/**
 * {@code GET /api/assessments/{id}/comparison?with=} and {@code GET /api/organisations/{id}/trend?framework=}
 * (docs/api.md, rounds). Scores are rounded half-up to one decimal; changes are computed on unrounded values.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RoundsController {

    private final RoundsService rounds;

    public RoundsController(RoundsService rounds) {
        this.rounds = rounds;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MoveJson(Double from, Double to, Double change) {
        static MoveJson of(Comparison.Move m) {
            return new MoveJson(ScoreResult.round(m.from()), ScoreResult.round(m.to()), ScoreResult.round(m.change()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DomainMoveJson(String code, Double from, Double to, Double change) {
    }

    @Serdeable
    public record ItemMoveJson(String code, List<String> fromCodes, double from, double to, String change) {
    }

    @Serdeable
    public record ComparisonJson(long from, long to, MoveJson score, List<DomainMoveJson> domains,
                                 List<ItemMoveJson> items, List<String> newItems, List<String> droppedItems,
                                 int actionsCompleted) {
    }

    @Get("/assessments/{id}/comparison")
    @Operation(operationId = "compareRounds", summary = "Compare an assessment with an earlier round of the same organisation")
    public ComparisonJson comparison(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                                     @Nullable @QueryValue("with") Long with) {
        if (with == null) {
            throw InvalidInputException.field("with", "error.required", "with");
        }
        RoundsService.RoundComparison c = rounds.compare(actor, id, with);
        Comparison x = c.comparison();
        return new ComparisonJson(c.from(), c.to(), MoveJson.of(x.score()),
                x.domains().stream().map(d -> {
                    MoveJson m = MoveJson.of(d.move());
                    return new DomainMoveJson(d.code(), m.from(), m.to(), m.change());
                }).toList(),
                x.items().stream().map(i -> new ItemMoveJson(i.code(), i.fromCodes(), i.from(), i.to(), i.change().code()))
                        .toList(), x.newItems(), x.droppedItems(), c.actionsCompleted());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DomainJson(String code, Double score) {
        static List<DomainJson> of(List<RoundsService.DomainPoint> points) {
            return points.stream().map(p -> new DomainJson(p.code(), ScoreResult.round(p.score()))).toList();
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TrendJson(long assessmentId, String version, String period, String status, boolean verified,
                            Double score, String band, String rating, List<DomainJson> domains) {
    }

    @Get("/organisations/{id}/trend")
    @Operation(operationId = "organisationTrend", summary = "Score and rating per round of an organisation on a framework")
    public List<TrendJson> trend(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                                 @Nullable @QueryValue String framework) {
        return rounds.trend(actor, id, framework).stream().map(p -> new TrendJson(p.assessmentId(), p.version(),
                p.period(), p.status(), p.verified(), ScoreResult.round(p.score()), p.band(), p.rating(),
                DomainJson.of(p.domains()))).toList();
    }
}
