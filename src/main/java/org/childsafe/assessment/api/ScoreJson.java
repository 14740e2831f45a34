package org.childsafe.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.scoring.Completeness;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/assessments/{id}/score}: the result the assessment shows, rounded half-up to one decimal
 * (docs/api.md). {@code source} says where it comes from ({@code live}, {@code submitted}, {@code verified}); a
 * stored result is returned exactly as stored. {@code self} is the self-assessed result beside the verified
 * one, once reviewed; {@code preview}, while in review, is what the verified result would be now.
 */
@Serdeable
public record ScoreJson(@JsonInclude(JsonInclude.Include.ALWAYS) Double score,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String band,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String rating, boolean provisional, boolean indicative,
                        List<DomainJson> domains, List<ItemJson> items, CompletenessJson completeness,
                        String source, String methodVersion, Instant takenAt, Part self, Part preview) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DomainJson(String code, Double score) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemJson(String code, Double value, List<String> flags) {
    }

    /** How much of the checklist the result is built on. */
    @Serdeable
    public record CompletenessJson(int items, int answered, int applicable, int notApplicable, int dontKnow,
                                   int unanswered) {
        static CompletenessJson of(ScoreResult r) {
            Completeness c = r.completeness();
            return new CompletenessJson(c.items(), c.answered(), c.applicable(), c.notApplicable(), c.dontKnow(),
                    c.unanswered());
        }
    }

    /** A result in the same shape, without the parts about where it comes from. */
    @Serdeable
    public record Part(@JsonInclude(JsonInclude.Include.ALWAYS) Double score, String band, String rating,
                       boolean provisional, boolean indicative, List<DomainJson> domains, List<ItemJson> items,
                       CompletenessJson completeness, Part self) {
        static Part of(ScoreResult r, Part self) {
            return new Part(ScoreResult.round(r.score()), r.band(), r.rating(), r.provisional(), r.indicative(),
                    domainsOf(r), itemsOf(r), CompletenessJson.of(r), self);
        }

        static Part of(ScoreComparison c) {
            return of(c.effective(), c.selfIfReviewed().map(s -> of(s, null)).orElse(null));
        }
    }

    public static ScoreJson of(ServedResult served) {
        ScoreResult r = served.result().effective();
        Part preview = served.preview() != null && served.preview().reviewed() ? Part.of(served.preview()) : null;
        return new ScoreJson(ScoreResult.round(r.score()), r.band(), r.rating(), r.provisional(), r.indicative(),
                domainsOf(r), itemsOf(r), CompletenessJson.of(r), served.source().code(), served.methodVersion(),
                served.takenAt(), served.self().map(s -> Part.of(s, null)).orElse(null), preview);
    }

    static List<DomainJson> domainsOf(ScoreResult r) {
        return r.domains().stream().map(d -> new DomainJson(d.code(), ScoreResult.round(d.score()))).toList();
    }

    static List<ItemJson> itemsOf(ScoreResult r) {
        return r.items().stream().map(i -> new ItemJson(i.code(), i.value(), i.flagCodes())).toList();
    }
}
