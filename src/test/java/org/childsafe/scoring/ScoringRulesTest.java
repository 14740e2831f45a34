package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childsafe.scoring.FrameworkFixtures.critical;
import static org.childsafe.scoring.FrameworkFixtures.domain;
import static org.childsafe.scoring.FrameworkFixtures.evidenceRequired;
import static org.childsafe.scoring.FrameworkFixtures.framework;
import static org.childsafe.scoring.FrameworkFixtures.indicative;
import static org.childsafe.scoring.FrameworkFixtures.item;
import static org.childsafe.scoring.FrameworkFixtures.weighted;
import static org.childsafe.scoring.FrameworkFixtures.withBands;
import static org.childsafe.scoring.FrameworkFixtures.withScale;

import java.util.List;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One group per rule of docs/scoring.md. */
class ScoringRulesTest {

    private static final Framework REF20 = Ref20.checklist();

    private static ScoreResult effective(Framework framework, Responses responses) {
        return Scoring.score(framework, responses.build(), Perspective.EFFECTIVE);
    }

    private static ScoreResult self(Framework framework, Responses responses) {
        return Scoring.score(framework, responses.build(), Perspective.SELF);
    }

    private static Double value(ScoreResult result, String itemCode) {
        return result.item(itemCode).orElseThrow().value();
    }

    private static Double domainScore(ScoreResult result, String domainCode) {
        return result.domain(domainCode).orElseThrow().score();
    }

    @Nested
    class Rule_1_effective_answer_and_unanswered_items {

        @Test
        void the_auditors_reviewed_answer_replaces_the_self_assessed_answer() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).review("P2", "not_met"));

            assertThat(result.item("P2").orElseThrow().answer()).isEqualTo("not_met");
            assertThat(value(result, "P2")).isEqualTo(0.0);
            assertThat(result.item("P2").orElseThrow().flags()).containsExactly(ItemFlag.REVIEWED);
            assertThat(domainScore(result, "P")).isEqualTo(80.0);
        }

        @Test
        void unanswered_items_are_left_out_of_scores_and_reported_as_missing() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("not_met", "P2").unanswered("P3", "P4"));

            assertThat(domainScore(result, "P")).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
            assertThat(result.unansweredItems()).containsExactly("P3", "P4");
            assertThat(result.item("P3").orElseThrow().value()).isNull();
            assertThat(result.item("P3").orElseThrow().flags()).containsExactly(ItemFlag.UNANSWERED);
            assertThat(result.domain("P").orElseThrow().missing()).isEqualTo(2);
            assertThat(result.domain("P").orElseThrow().answered()).isEqualTo(3);
        }

        @Test
        void an_unanswered_critical_item_is_excluded_from_scores_and_blocks_submission() {
            Responses responses = Responses.allMet(REF20).answer("not_met", "P2").unanswered("P1", "E2");
            ScoreResult result = effective(REF20, responses);

            assertThat(domainScore(result, "P")).isEqualTo(75.0);
            assertThat(result.rating()).as("an unanswered critical item does not trigger the gate").isEqualTo("strong");
            assertThat(result.unansweredCriticalItems()).containsExactly("P1", "E2");
            assertThat(Scoring.submissionBlockers(REF20, responses.build())).containsExactly("P1", "E2");
        }

        @Test
        void submission_is_not_blocked_by_unanswered_non_critical_items() {
            assertThat(Scoring.submissionBlockers(REF20, Responses.allMet(REF20).unanswered("P2", "A5").build())).isEmpty();
        }

        @Test
        void a_review_does_not_unblock_submission_because_submission_is_about_self_answers() {
            Responses responses = Responses.allMet(REF20).unanswered("P1").review("P1", "met");

            assertThat(Scoring.submissionBlockers(REF20, responses.build())).containsExactly("P1");
        }

        @Test
        void a_blank_answer_counts_as_unanswered() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer(" ", "P2"));

            assertThat(result.unansweredItems()).containsExactly("P2");
        }

        @Test
        void responses_for_items_outside_the_framework_are_ignored() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("not_met", "Z9"));

            assertThat(result.score()).isEqualTo(100.0);
        }

        @Test
        void two_responses_for_the_same_item_are_refused() {
            List<ItemResponse> twice = List.of(ItemResponse.answered("P1", "met"), ItemResponse.answered("P1", "not_met"));

            assertThatThrownBy(() -> Scoring.score(REF20, twice, Perspective.SELF))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
        }
    }

    @Nested
    class Rule_2_values_na_and_dont_know {

        @Test
        void values_come_from_the_frameworks_scale() {
            Framework frequency = withScale(framework(domain("D", item("a"), item("b"))), Scale.frequency());

            ScoreResult result = effective(frequency, Responses.none().answer("mostly", "a").answer("rarely", "b"));

            assertThat(value(result, "a")).isEqualTo(0.75);
            assertThat(value(result, "b")).isEqualTo(0.25);
            assertThat(domainScore(result, "D")).isEqualTo(50.0);
        }

        @Test
        void a_not_applicable_item_is_excluded_from_its_domain_score() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("not_met", "P2").na("P3", "No Thai readers"));

            assertThat(domainScore(result, "P")).isEqualTo(75.0);
            assertThat(value(result, "P3")).isNull();
            assertThat(result.item("P3").orElseThrow().flags()).containsExactly(ItemFlag.NOT_APPLICABLE);
            assertThat(result.domain("P").orElseThrow().notApplicable()).isEqualTo(1);
            assertThat(result.unansweredItems()).isEmpty();
        }

        @Test
        void dont_know_scores_zero_and_counts_as_applicable() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("dont_know", "P2"));

            assertThat(value(result, "P2")).isEqualTo(0.0);
            assertThat(result.item("P2").orElseThrow().flags()).containsExactly(ItemFlag.DONT_KNOW);
            assertThat(domainScore(result, "P")).isEqualTo(80.0);
            assertThat(result.domain("P").orElseThrow().dontKnow()).isEqualTo(1);
        }

        @Test
        void a_stored_na_without_a_reason_counts_as_unanswered_and_is_flagged_invalid() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).na("P3", " "));

            assertThat(value(result, "P3")).isNull();
            assertThat(result.item("P3").orElseThrow().flags())
                    .containsExactly(ItemFlag.UNANSWERED, ItemFlag.INVALID_ANSWER);
            assertThat(result.unansweredItems()).containsExactly("P3");
        }

        @Test
        void a_stored_na_on_an_item_that_refuses_na_counts_as_unanswered_and_blocks_submission() {
            Responses responses = Responses.allMet(REF20).na("P1", "Not relevant to us");

            assertThat(effective(REF20, responses).item("P1").orElseThrow().has(ItemFlag.INVALID_ANSWER)).isTrue();
            assertThat(Scoring.submissionBlockers(REF20, responses.build())).containsExactly("P1");
        }

        @Test
        void an_answer_code_unknown_to_the_scale_counts_as_unanswered() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("always", "P2"));

            assertThat(result.item("P2").orElseThrow().answer()).isEqualTo("always");
            assertThat(result.unansweredItems()).containsExactly("P2");
        }
    }

    @Nested
    class Rule_3_evidence_gate {

        @Test
        void a_met_evidence_required_item_without_evidence_scores_half_and_is_flagged() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).withoutEvidence("P1"));

            assertThat(value(result, "P1")).isEqualTo(0.5);
            assertThat(result.item("P1").orElseThrow().flags()).containsExactly(ItemFlag.CLAIMED_NOT_EVIDENCED);
            assertThat(domainScore(result, "P")).isEqualTo(90.0);
        }

        @Test
        void a_met_evidence_required_item_with_evidence_scores_one() {
            assertThat(value(effective(REF20, Responses.allMet(REF20)), "P1")).isEqualTo(1.0);
        }

        @Test
        void an_item_that_does_not_require_evidence_scores_one_without_it() {
            assertThat(value(effective(REF20, Responses.allMet(REF20).withoutEvidence("P2")), "P2")).isEqualTo(1.0);
        }

        @Test
        void evidence_required_can_be_set_on_a_non_critical_item() {
            Framework f = framework(domain("D", evidenceRequired(item("a"), true)));

            assertThat(value(effective(f, Responses.none().answer("met", "a").withoutEvidence("a")), "a")).isEqualTo(0.5);
        }

        @Test
        void the_gate_only_concerns_a_value_of_one() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("partial", "P1").withoutEvidence("P1"));

            assertThat(value(result, "P1")).isEqualTo(0.5);
            assertThat(result.item("P1").orElseThrow().flags()).isEmpty();
        }

        @Test
        void an_auditor_review_confirming_met_counts_in_place_of_evidence() {
            Responses responses = Responses.allMet(REF20).withoutEvidence("P1").review("P1", "met");
            ScoreResult result = effective(REF20, responses);

            assertThat(value(result, "P1")).isEqualTo(1.0);
            assertThat(result.item("P1").orElseThrow().flags()).containsExactly(ItemFlag.REVIEWED);
        }

        @Test
        void in_the_self_perspective_reviews_do_not_exist_so_they_confirm_nothing() {
            Responses responses = Responses.allMet(REF20).withoutEvidence("P1").review("P1", "met");

            assertThat(value(self(REF20, responses), "P1")).isEqualTo(0.5);
            assertThat(self(REF20, responses).item("P1").orElseThrow().flags())
                    .containsExactly(ItemFlag.CLAIMED_NOT_EVIDENCED);
        }

        @Test
        void on_the_frequency_scale_an_unevidenced_always_scores_below_mostly_as_the_contract_says() {
            Framework f = withScale(framework(domain("D", critical("a"))), Scale.frequency());

            assertThat(value(effective(f, Responses.none().answer("always", "a").withoutEvidence("a")), "a")).isEqualTo(0.5);
            assertThat(value(effective(f, Responses.none().answer("mostly", "a").withoutEvidence("a")), "a")).isEqualTo(0.75);
        }
    }

    @Nested
    class Rule_4_domain_scores {

        @Test
        void item_weights_weigh_the_domain_score() {
            Framework f = framework(domain("D", weighted(item("a"), 3), item("b")));

            assertThat(domainScore(effective(f, Responses.none().answer("met", "a").answer("not_met", "b")), "D"))
                    .isEqualTo(75.0);
        }

        @Test
        void a_domain_with_no_applicable_item_is_left_out_of_the_overall_score() {
            Framework f = framework(domain("D", item("a"), item("b")), domain("E", item("c")), domain("F", item("d")));
            Responses responses = Responses.none().na("a", "n/a").na("b", "n/a").answer("met", "c").answer("not_met", "d");

            ScoreResult result = effective(f, responses);

            assertThat(result.domain("D").orElseThrow().score()).isNull();
            assertThat(result.domain("D").orElseThrow().counts()).isFalse();
            assertThat(result.domain("D").orElseThrow().roundedScore()).isNull();
            assertThat(result.score()).isEqualTo(50.0);
        }

        @Test
        void a_domain_with_nothing_answered_yet_is_left_out_too() {
            Framework f = framework(domain("D", item("a")), domain("E", item("c")));

            assertThat(effective(f, Responses.none().answer("partial", "c")).score()).isEqualTo(50.0);
        }
    }

    @Nested
    class Rule_5_overall_score {

        @Test
        void domain_weights_weigh_the_overall_score() {
            Framework f = framework(domain("D", 3, item("a")), domain("E", 1, item("b")));

            assertThat(effective(f, Responses.none().answer("met", "a").answer("not_met", "b")).score()).isEqualTo(75.0);
        }

        @Test
        void with_default_weights_the_overall_score_is_the_mean_of_the_domain_scores() {
            Framework f = framework(domain("D", item("a"), item("b")), domain("E", item("c")));

            assertThat(effective(f, Responses.none().answer("met", "a", "b").answer("partial", "c")).score()).isEqualTo(75.0);
        }

        @Test
        void with_nothing_applicable_answered_there_is_no_score_band_or_rating() {
            ScoreResult result = effective(REF20, Responses.none().na("P2", "n/a"));

            assertThat(result.score()).isNull();
            assertThat(result.roundedScore()).isNull();
            assertThat(result.band()).isNull();
            assertThat(result.rating()).isNull();
            assertThat(result.unansweredItems()).hasSize(19);
        }
    }

    @Nested
    class Rule_6_bands {

        private final Framework fiveItems = framework(domain("D", item("a"), item("b"), item("c"), item("d"), item("e")));

        @Test
        void a_score_exactly_on_a_band_minimum_belongs_to_that_band() {
            ScoreResult result = effective(fiveItems, Responses.none().answer("met", "a", "b", "c", "d").answer("not_met", "e"));

            assertThat(result.score()).isEqualTo(80.0);
            assertThat(result.band()).isEqualTo("strong");
        }

        @Test
        void the_band_is_chosen_on_the_unrounded_score_even_when_it_rounds_up_to_the_next_minimum() {
            Framework f = framework(domain("D", 79.96, item("a")), domain("E", 20.04, item("b")));

            ScoreResult result = effective(f, Responses.none().answer("met", "a").answer("not_met", "b"));

            assertThat(result.roundedScore()).isEqualTo(80.0);
            assertThat(result.score()).isLessThan(80.0);
            assertThat(result.band()).isEqualTo("developing");
        }

        @Test
        void the_frameworks_own_bands_are_used() {
            Framework f = withBands(fiveItems, new Band("green", 90), new Band("amber", 50), new Band("red", 0));

            ScoreResult result = effective(f, Responses.none().answer("met", "a", "b", "c").answer("not_met", "d", "e"));

            assertThat(result.band()).isEqualTo("amber");
            assertThat(result.rating()).isEqualTo("amber");
        }

        @Test
        void a_score_of_zero_falls_in_the_last_band() {
            assertThat(effective(fiveItems, Responses.all(fiveItems, "not_met")).band()).isEqualTo("weak");
        }
    }

    @Nested
    class Rule_7_critical_gate {

        @Test
        void a_critical_item_not_met_gives_critical_gaps_whatever_the_score() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("not_met", "R1"));

            assertThat(result.roundedScore()).isEqualTo(95.0);
            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.rating()).isEqualTo(Scoring.CRITICAL_GAPS);
            assertThat(result.hasCriticalGaps()).isTrue();
            assertThat(result.criticalNotMet()).containsExactly("R1");
        }

        @Test
        void a_critical_item_answered_dont_know_gives_critical_gaps() {
            assertThat(effective(REF20, Responses.allMet(REF20).answer("dont_know", "E3")).rating())
                    .isEqualTo(Scoring.CRITICAL_GAPS);
        }

        @Test
        void a_partly_met_critical_item_caps_a_strong_band_at_developing() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("partial", "E1"));

            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.rating()).isEqualTo("developing");
            assertThat(result.criticalPartlyMet()).containsExactly("E1");
        }

        @Test
        void a_critical_item_claimed_met_without_evidence_caps_the_rating_like_a_partly_met_one() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).withoutEvidence("A1"));

            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.rating()).isEqualTo("developing");
            assertThat(result.criticalPartlyMet()).containsExactly("A1");
        }

        @Test
        void the_cap_never_raises_a_lower_band() {
            Responses responses = Responses.all(REF20, "not_met").answer("met", Ref20.CRITICAL.toArray(String[]::new))
                    .answer("partial", "P1").answer("met", "P2", "E4", "R2");

            ScoreResult result = effective(REF20, responses);

            assertThat(result.score()).isEqualTo(42.5);
            assertThat(result.band()).isEqualTo("basic");
            assertThat(result.rating()).isEqualTo("basic");
        }

        @Test
        void with_custom_bands_the_cap_is_the_developing_band_wherever_it_is_listed() {
            Framework f = withBands(framework(domain("D", critical("a"), item("b"), item("c"), item("d"))),
                    new Band("excellent", 90), new Band("strong", 80), new Band("developing", 50), new Band("weak", 0));

            ScoreResult result = effective(f, Responses.none().answer("partial", "a").answer("met", "b", "c", "d"));

            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.rating()).isEqualTo("developing");
        }

        @Test
        void without_a_developing_band_the_cap_withholds_the_top_band() {
            Framework f = withBands(framework(domain("D", critical("a"), item("b"), item("c"), item("d"))),
                    new Band("green", 80), new Band("amber", 50), new Band("red", 0));

            ScoreResult result = effective(f, Responses.none().answer("partial", "a").answer("met", "b", "c", "d"));

            assertThat(result.band()).isEqualTo("green");
            assertThat(result.rating()).isEqualTo("amber");
        }

        @Test
        void with_a_single_band_there_is_nothing_to_cap() {
            Framework f = withBands(framework(domain("D", critical("a"), item("b"))), new Band("all", 0));

            assertThat(effective(f, Responses.none().answer("partial", "a").answer("met", "b")).rating()).isEqualTo("all");
        }

        @Test
        void non_critical_items_not_met_do_not_trigger_the_gate() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("not_met", "P2"));

            assertThat(result.rating()).isEqualTo("strong");
        }
    }

    @Nested
    class Rule_8_provisional {

        @Test
        void exactly_ten_percent_dont_know_is_not_provisional() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).answer("dont_know", "P2", "P3"));

            assertThat(result.dontKnowCount()).isEqualTo(2);
            assertThat(result.applicableCount()).isEqualTo(20);
            assertThat(result.provisional()).isFalse();
        }

        @Test
        void more_than_ten_percent_dont_know_is_provisional() {
            assertThat(effective(REF20, Responses.allMet(REF20).answer("dont_know", "P2", "P3", "P4")).provisional())
                    .isTrue();
        }

        @Test
        void the_share_is_taken_over_applicable_items_so_na_and_unanswered_items_do_not_dilute_it() {
            Responses responses = Responses.allMet(REF20).answer("dont_know", "P2", "P3").na("P4", "n/a");

            assertThat(effective(REF20, responses).provisional()).isTrue();
            assertThat(effective(REF20, Responses.allMet(REF20).answer("dont_know", "P2", "P3").unanswered("A5"))
                    .provisional()).isTrue();
        }

        @Test
        void a_single_critical_item_answered_dont_know_makes_the_result_provisional() {
            assertThat(effective(REF20, Responses.allMet(REF20).answer("dont_know", "R1")).provisional()).isTrue();
        }

        @Test
        void no_dont_know_is_not_provisional() {
            assertThat(effective(REF20, Responses.allMet(REF20)).provisional()).isFalse();
        }
    }

    @Nested
    class Rule_9_indicative {

        @Test
        void the_result_is_indicative_when_the_framework_says_so() {
            assertThat(effective(indicative(REF20), Responses.allMet(REF20)).indicative()).isTrue();
            assertThat(effective(REF20, Responses.allMet(REF20)).indicative()).isFalse();
        }
    }

    @Nested
    class Rule_10_rounding {

        @Test
        void scores_round_half_up_to_one_decimal() {
            assertThat(ScoreResult.round(16.25)).isEqualTo(16.3);
            assertThat(ScoreResult.round(79.95)).isEqualTo(80.0);
            assertThat(ScoreResult.round(66.66666666666667)).isEqualTo(66.7);
            assertThat(ScoreResult.round(16.24)).isEqualTo(16.2);
            assertThat(ScoreResult.round(null)).isNull();
        }

        @Test
        void floating_point_noise_below_a_billionth_does_not_change_the_rounding() {
            assertThat(ScoreResult.round(16.249999999999996)).isEqualTo(16.3);
        }

        @Test
        void unrounded_scores_are_kept_to_nine_decimals_so_noise_cannot_cross_a_bound() {
            Framework f = framework(domain("D", 0.1, item("a")), domain("E", 0.1, item("b")), domain("F", 0.1, item("c")));

            ScoreResult result = effective(f, Responses.none().answer("met", "a", "b", "c"));

            assertThat((0.1 * 100 + 0.1 * 100 + 0.1 * 100) / (0.1 + 0.1 + 0.1)).as("plain double arithmetic")
                    .isEqualTo(99.99999999999999);
            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.score()).isEqualTo(100.0);
        }

        @Test
        void domain_scores_are_rounded_the_same_way() {
            Framework f = framework(domain("D", item("a"), item("b"), item("c")));

            DomainScore domain = effective(f, Responses.none().answer("met", "a", "b").answer("not_met", "c"))
                    .domain("D").orElseThrow();

            assertThat(domain.score()).isEqualTo(66.666666667);
            assertThat(domain.roundedScore()).isEqualTo(66.7);
        }
    }

    @Nested
    class Rule_11_self_and_verified_results {

        @Test
        void before_any_review_there_is_only_the_effective_result() {
            ScoreComparison comparison = Scoring.compare(REF20, Ref20.example5());

            assertThat(comparison.reviewed()).isFalse();
            assertThat(comparison.self()).isNull();
            assertThat(comparison.effective().roundedScore()).isEqualTo(67.5);
        }

        @Test
        void once_reviewed_the_self_result_uses_self_answers_and_the_verified_one_uses_reviews() {
            Responses responses = Responses.allMet(REF20).review("P2", "not_met").review("E1", "partial");

            ScoreComparison comparison = Scoring.compare(REF20, responses.build());

            assertThat(comparison.self().perspective()).isEqualTo(Perspective.SELF);
            assertThat(comparison.self().score()).isEqualTo(100.0);
            assertThat(comparison.self().rating()).isEqualTo("strong");
            assertThat(comparison.self().items()).noneMatch(i -> i.has(ItemFlag.REVIEWED));
            assertThat(comparison.effective().perspective()).isEqualTo(Perspective.EFFECTIVE);
            assertThat(comparison.effective().domain("P").orElseThrow().score()).isEqualTo(80.0);
            assertThat(comparison.effective().rating()).isEqualTo("developing");
        }

        @Test
        void a_review_of_a_code_outside_the_framework_does_not_count_as_reviewed() {
            assertThat(Scoring.compare(REF20, Responses.allMet(REF20).review("Z9", "met").build()).reviewed()).isFalse();
        }

        @Test
        void a_reviewed_na_uses_the_auditors_comment_as_its_reason() {
            ScoreResult result = effective(REF20, Responses.allMet(REF20).review("P3", "na"));

            assertThat(result.item("P3").orElseThrow().flags()).containsExactly(ItemFlag.NOT_APPLICABLE, ItemFlag.REVIEWED);
        }
    }

    @Test
    void every_result_carries_the_method_version() {
        assertThat(effective(REF20, Responses.allMet(REF20)).methodVersion()).isEqualTo(Scoring.METHOD_VERSION);
    }
}
