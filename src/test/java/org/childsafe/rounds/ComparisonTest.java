package org.childsafe.rounds;

import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Lineage;
import org.childsafe.rounds.domain.Change;
import org.childsafe.rounds.domain.Comparison;
import org.childsafe.rounds.domain.Stuck;
import org.childsafe.scoring.ItemResponse;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.ScoreResult;
import org.childsafe.scoring.Scoring;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two rounds compared like for like across versions (docs/rounds.md), on the round kit, with the numbers
 * worked out by hand:
 * <pre>
 * version 1: P1 partial 0.5, P2 met 1, P3 not met 0, P6 met 1 -> P = 2.5 / 4 = 62.5
 *            R1 not met 0, R2 partial 0.5                      -> R = 25.0;  S = 43.75
 * version 2: P1 met 1, P4 partial 0.5, P5 not met 0            -> P = 50.0
 *            R1 met 1, R3 partial 0.5                          -> R = 75.0;  S = 62.5
 * </pre>
 */
class ComparisonTest {

    static final Framework V1 = RoundKit.version("1");
    static final Framework V2 = RoundKit.version("2");

    static ScoreResult score(Framework framework, Map<String, String> answers) {
        List<ItemResponse> responses = answers.entrySet().stream()
                .map(e -> new ItemResponse(e.getKey(), e.getValue(), null, true, null)).toList();
        return Scoring.score(framework, responses, Perspective.EFFECTIVE);
    }

    static Map<String, String> answers(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Test
    void items_are_matched_through_replaces_and_the_earlier_value_is_the_mean_of_what_they_carry_on() {
        ScoreResult before = score(V1, answers("P1", "partial", "P2", "met", "P3", "not_met", "P6", "met",
                "R1", "not_met", "R2", "partial"));
        ScoreResult after = score(V2, answers("P1", "met", "P4", "partial", "P5", "not_met", "R1", "met",
                "R3", "partial"));

        Comparison c = Comparison.of(V1, before, V2, after);

        assertThat(c.score().from()).isEqualTo(43.75);
        assertThat(c.score().to()).isEqualTo(62.5);
        assertThat(ScoreResult.round(c.score().change())).isEqualTo(18.8);
        assertThat(c.domains()).extracting(d -> d.code(), d -> d.move().from(), d -> d.move().to(), d -> d.move().change())
                .containsExactly(tuple("P", 62.5, 50.0, -12.5), tuple("R", 25.0, 75.0, 50.0));
        assertThat(c.items()).extracting(Comparison.ItemMove::code, Comparison.ItemMove::fromCodes,
                        Comparison.ItemMove::from, Comparison.ItemMove::to, Comparison.ItemMove::change)
                .containsExactly(tuple("P1", List.of("P1"), 0.5, 1.0, Change.IMPROVED),
                        tuple("P4", List.of("P2", "P3"), 0.5, 0.5, Change.SAME),
                        tuple("R1", List.of("R1"), 0.0, 1.0, Change.IMPROVED),
                        tuple("R3", List.of("R2"), 0.5, 0.5, Change.SAME));
        assertThat(c.newItems()).containsExactly("P5");
        assertThat(c.droppedItems()).containsExactly("P6");
    }

    @Test
    void only_items_with_a_value_on_both_sides_are_listed() {
        ScoreResult before = score(V1, answers("P1", "met", "P2", "na", "P3", "na", "R1", "partial"));
        ScoreResult after = score(V2, answers("P1", "not_met", "P4", "met", "R1", "partial"));

        Comparison c = Comparison.of(V1, before, V2, after);

        assertThat(c.items()).extracting(Comparison.ItemMove::code, Comparison.ItemMove::change)
                .containsExactly(tuple("P1", Change.SLIPPED), tuple("R1", Change.SAME));
    }

    @Test
    void on_the_same_version_items_are_matched_by_code() {
        ScoreResult before = score(V1, answers("P1", "partial", "R2", "met"));
        ScoreResult after = score(V1, answers("P1", "partial", "R2", "partial"));

        Comparison c = Comparison.of(V1, before, V1, after);

        assertThat(c.items()).extracting(Comparison.ItemMove::code, Comparison.ItemMove::change)
                .containsExactly(tuple("P1", Change.SAME), tuple("R2", Change.SLIPPED));
        assertThat(c.newItems()).isEmpty();
        assertThat(c.droppedItems()).isEmpty();
    }

    @Test
    void the_predecessor_of_an_item_is_the_one_earlier_item_it_names() {
        assertThat(Lineage.predecessor(V2.item("P1").orElseThrow(), V2, V1)).contains("P1");
        assertThat(Lineage.predecessor(V2.item("R3").orElseThrow(), V2, V1)).contains("R2");
        assertThat(Lineage.predecessor(V2.item("P4").orElseThrow(), V2, V1)).as("two earlier items: none").isEmpty();
        assertThat(Lineage.predecessor(V2.item("P5").orElseThrow(), V2, V1)).isEmpty();
        assertThat(Lineage.predecessor(V1.item("P6").orElseThrow(), V1, V1)).contains("P6");
    }

    @Test
    void a_domain_is_stuck_when_its_latest_score_is_not_higher_than_the_round_before() {
        List<String> order = List.of("P", "R", "E", "A");
        Map<String, Double> latest = new LinkedHashMap<>(Map.of("P", 50.0, "R", 75.0, "E", 40.0));
        latest.put("A", null);
        Map<String, Double> previous = Map.of("P", 62.5, "R", 25.0, "E", 40.000000000001, "A", 10.0);

        assertThat(Stuck.domains(order, latest, previous)).containsExactly("P", "E");
        assertThat(Stuck.domains(order, latest, null)).as("one round: nothing to compare").isEmpty();
    }
}
