package org.childsafe.assessment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.util.List;

/**
 * The score in the shape of docs/api.md ({@code GET /api/assessments/{id}/score}), also
 * stored as the body of snapshots. Scores are rounded half-up to one decimal.
 */
@Serdeable
public record ScoreJson(@JsonInclude(JsonInclude.Include.ALWAYS) Double score,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String band,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String rating, boolean provisional, boolean indicative,
                        List<DomainJson> domains, List<ItemJson> items, String methodVersion, Part self) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DomainJson(String code, Double score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemJson(String code, Double value, List<String> flags) {
    }

    /** The self-assessed result, present once an auditor has reviewed items. */
    @Serdeable
    public record Part(Double score, String band, String rating, boolean provisional, boolean indicative,
                       List<DomainJson> domains, List<ItemJson> items) {
        static Part of(ScoreResult r) {
            return new Part(ScoreResult.round(r.score()), r.band(), r.rating(), r.provisional(), r.indicative(),
                    ScoreJson.domainsOf(r), ScoreJson.itemsOf(r));
        }
    }

    public static ScoreJson of(ScoreComparison comparison) {
        ScoreResult r = comparison.effective();
        return new ScoreJson(ScoreResult.round(r.score()), r.band(), r.rating(), r.provisional(), r.indicative(),
                domainsOf(r), itemsOf(r), r.methodVersion(), comparison.selfIfReviewed().map(Part::of).orElse(null));
    }

    static List<DomainJson> domainsOf(ScoreResult r) {
        return r.domains().stream().map(d -> new DomainJson(d.code(), ScoreResult.round(d.score()))).toList();
    }

    static List<ItemJson> itemsOf(ScoreResult r) {
        return r.items().stream().map(i -> new ItemJson(i.code(), i.value(), i.flagCodes())).toList();
    }
}
