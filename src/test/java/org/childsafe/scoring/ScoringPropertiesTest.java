package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;

/**
 * Properties of the scoring method over REF-20 shaped frameworks with random item and domain weights and
 * random answers, evidence and reviews.
 *
 * <p>Note on N/A: marking an item N/A removes it, so it lowers its domain score when the item was above
 * the domain's average. The true property is that it never lowers the domain score when the item's value
 * was the lowest applicable value in that domain.
 */
class ScoringPropertiesTest {

    private static final List<String> ANSWERS = List.of("met", "partial", "not_met", "dont_know");

    /** A scored case: a framework with random weights and random responses to it. */
    record Case(Framework framework, List<ItemResponse> responses) {
    }

    @Property(tries = 500)
    void scores_stay_between_0_and_100(@ForAll("cases") Case c) {
        for (Perspective perspective : Perspective.values()) {
            ScoreResult result = Scoring.score(c.framework(), c.responses(), perspective);
            if (result.score() != null) {
                assertThat(result.score()).isBetween(0.0, 100.0);
                assertThat(result.roundedScore()).isBetween(0.0, 100.0);
            }
            result.domains().stream().map(DomainScore::score).filter(Objects::nonNull)
                    .forEach(d -> assertThat(d).isBetween(0.0, 100.0));
            result.items().stream().map(ItemScore::value).filter(Objects::nonNull)
                    .forEach(v -> assertThat(v).isBetween(0.0, 1.0));
        }
    }

    @Property(tries = 500)
    void the_score_is_null_exactly_when_no_domain_counts(@ForAll("cases") Case c) {
        ScoreResult result = Scoring.score(c.framework(), c.responses(), Perspective.EFFECTIVE);

        assertThat(result.score() == null).isEqualTo(result.domains().stream().noneMatch(DomainScore::counts));
        assertThat(result.band() == null).isEqualTo(result.score() == null);
    }

    @Property(tries = 300)
    void marking_the_lowest_valued_item_of_a_domain_na_never_lowers_that_domains_score(@ForAll("cases") Case c) {
        ScoreResult before = Scoring.score(c.framework(), c.responses(), Perspective.SELF);
        for (Domain domain : c.framework().domains()) {
            List<ItemScore> applicable = before.items().stream()
                    .filter(i -> i.domainCode().equals(domain.code()) && i.applicable()).toList();
            if (applicable.size() < 2) {
                continue;
            }
            double lowest = applicable.stream().mapToDouble(ItemScore::value).min().orElseThrow();
            for (ItemScore candidate : applicable) {
                Item item = c.framework().item(candidate.code()).orElseThrow();
                if (!item.naAllowed() || candidate.value() != lowest) {
                    continue;
                }
                List<ItemResponse> markedNa = replace(c.responses(),
                        new ItemResponse(item.code(), "na", "not here", false, null));
                ScoreResult after = Scoring.score(c.framework(), markedNa, Perspective.SELF);

                assertThat(after.domain(domain.code()).orElseThrow().score())
                        .isGreaterThanOrEqualTo(before.domain(domain.code()).orElseThrow().score());
            }
        }
    }

    @Property(tries = 300)
    void raising_one_answer_never_lowers_its_domain_score_the_overall_score_or_the_rating(
            @ForAll("cases") Case c, @ForAll("itemIndexes") int index) {
        Item item = c.framework().items().toList().get(index);
        ScoreResult before = Scoring.score(c.framework(), c.responses(), Perspective.SELF);
        ItemScore old = before.item(item.code()).orElseThrow();
        Assume.that(old.applicable());
        for (String newAnswer : ANSWERS) {
            for (boolean evidence : List.of(true, false)) {
                List<ItemResponse> changed = replace(c.responses(),
                        new ItemResponse(item.code(), newAnswer, null, evidence, null));
                ScoreResult after = Scoring.score(c.framework(), changed, Perspective.SELF);
                if (after.item(item.code()).orElseThrow().value() <= old.value()) {
                    continue;
                }
                String domain = old.domainCode();
                assertThat(after.domain(domain).orElseThrow().score())
                        .isGreaterThanOrEqualTo(before.domain(domain).orElseThrow().score());
                assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
                assertThat(rank(c.framework(), after.rating())).isGreaterThanOrEqualTo(rank(c.framework(), before.rating()));
            }
        }
    }

    @Property(tries = 500)
    void without_reviews_the_self_and_effective_results_agree(@ForAll("cases") Case c) {
        List<ItemResponse> unreviewed = c.responses().stream().map(r -> r.withReview(null)).toList();

        ScoreResult self = Scoring.score(c.framework(), unreviewed, Perspective.SELF);
        ScoreResult effective = Scoring.score(c.framework(), unreviewed, Perspective.EFFECTIVE);

        assertThat(effective.score()).isEqualTo(self.score());
        assertThat(effective.rating()).isEqualTo(self.rating());
        assertThat(effective.items()).isEqualTo(self.items());
        assertThat(Scoring.compare(c.framework(), unreviewed).reviewed()).isFalse();
    }

    /** Higher is better: critical_gaps lowest, then the bands from last to first. */
    private static int rank(Framework framework, String rating) {
        if (rating == null || Scoring.CRITICAL_GAPS.equals(rating)) {
            return -1;
        }
        List<String> codes = framework.bands().stream().map(b -> b.code()).toList();
        return codes.size() - codes.indexOf(rating);
    }

    private static List<ItemResponse> replace(List<ItemResponse> responses, ItemResponse replacement) {
        List<ItemResponse> result = new ArrayList<>(responses.stream()
                .filter(r -> !r.itemCode().equals(replacement.itemCode())).toList());
        result.add(replacement);
        return result;
    }

    @Provide
    Arbitrary<Integer> itemIndexes() {
        return Arbitraries.integers().between(0, 19);
    }

    @Provide
    Arbitrary<Case> cases() {
        return weightedRef20().flatMap(framework -> responsesTo(framework).map(r -> new Case(framework, r)));
    }

    private static Arbitrary<Framework> weightedRef20() {
        Framework ref = Ref20.checklist();
        Arbitrary<Double> weights = Arbitraries.doubles().between(0.1, 10).ofScale(2);
        Arbitrary<List<Double>> itemWeights = weights.list().ofSize(ref.itemCount());
        Arbitrary<List<Double>> domainWeights = weights.list().ofSize(ref.domains().size());
        return Combinators.combine(itemWeights, domainWeights, Arbitraries.of(true, false))
                .as((iw, dw, uniform) -> uniform ? ref : reweighted(ref, iw, dw));
    }

    private static Framework reweighted(Framework ref, List<Double> itemWeights, List<Double> domainWeights) {
        List<Domain> domains = new ArrayList<>();
        int i = 0;
        for (int d = 0; d < ref.domains().size(); d++) {
            Domain domain = ref.domains().get(d);
            List<Item> items = new ArrayList<>();
            for (Item item : domain.items()) {
                items.add(FrameworkFixtures.weighted(item, itemWeights.get(i++)));
            }
            domains.add(new Domain(domain.code(), domain.title(), domainWeights.get(d), items));
        }
        return new Framework(ref.code(), ref.version(), ref.title(), ref.description(), ref.publisher(), ref.source(),
                ref.licence(), ref.indicative(), ref.scale(), ref.bands(), domains);
    }

    private static Arbitrary<List<ItemResponse>> responsesTo(Framework framework) {
        List<Arbitrary<ItemResponse>> perItem = framework.items().map(ScoringPropertiesTest::responseTo).toList();
        return Combinators.combine(perItem).as(list -> list);
    }

    private static Arbitrary<ItemResponse> responseTo(Item item) {
        List<String> options = new ArrayList<>(ANSWERS);
        if (item.naAllowed()) {
            options.add("na");
        }
        Arbitrary<String> answer = Arbitraries.of(options).injectNull(0.1);
        Arbitrary<Review> review = Arbitraries.of(ANSWERS).map(a -> new Review(a, "checked")).injectNull(0.8);
        return Combinators.combine(answer, Arbitraries.of(true, false), review)
                .as((a, evidence, r) -> new ItemResponse(item.code(), a, "na".equals(a) ? "not here" : null, evidence, r));
    }
}
