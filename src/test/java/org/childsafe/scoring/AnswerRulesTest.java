package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.childsafe.kernel.Messages.english;
import static org.childsafe.scoring.FrameworkFixtures.critical;
import static org.childsafe.scoring.FrameworkFixtures.item;

import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static final Scale MET_PARTIAL = Scale.metPartial();
    private static final Item NON_CRITICAL = item("P2");
    private static final Item CRITICAL = critical("P1");

    @ParameterizedTest
    @ValueSource(strings = {"met", "partial", "not_met", "dont_know"})
    void every_option_of_the_scale_is_accepted(String answer) {
        assertThat(AnswerRules.check(CRITICAL, MET_PARTIAL, answer, null)).isEmpty();
    }

    @Test
    void an_answer_unknown_to_the_scale_is_refused_with_the_options_listed() {
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, "always", null))
                .extracting(AnswerProblem::code, p -> english(p.message()))
                .containsExactly(tuple(AnswerProblem.UNKNOWN_ANSWER,
                        "\"always\" is not an answer on scale met-partial; use one of: met, partial, not_met, dont_know, na"));
    }

    @Test
    void the_frequency_scale_has_its_own_codes() {
        assertThat(AnswerRules.isValid(NON_CRITICAL, Scale.frequency(), "always", null)).isTrue();
        assertThat(AnswerRules.isValid(NON_CRITICAL, Scale.frequency(), "met", null)).isFalse();
    }

    @Test
    void a_missing_answer_is_refused() {
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, null, null))
                .extracting(AnswerProblem::code).containsExactly(AnswerProblem.ANSWER_REQUIRED);
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, "  ", null))
                .extracting(AnswerProblem::code).containsExactly(AnswerProblem.ANSWER_REQUIRED);
    }

    @Test
    void not_applicable_with_a_reason_is_accepted_where_allowed() {
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, "na", "We have no partners")).isEmpty();
    }

    @Test
    void not_applicable_without_a_written_reason_is_refused() {
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, "na", " "))
                .extracting(AnswerProblem::code, p -> english(p.message()))
                .containsExactly(tuple(AnswerProblem.NA_REASON_REQUIRED,
                        "marking item P2 not applicable needs a written reason"));
    }

    @Test
    void not_applicable_is_refused_where_the_item_does_not_allow_it() {
        assertThat(AnswerRules.check(CRITICAL, MET_PARTIAL, "na", "Not relevant"))
                .extracting(AnswerProblem::code, p -> english(p.message()))
                .containsExactly(tuple(AnswerProblem.NA_NOT_ALLOWED, "item P1 cannot be marked not applicable"));
    }

    @Test
    void every_problem_is_listed_at_once() {
        assertThat(AnswerRules.check(CRITICAL, MET_PARTIAL, "na", null))
                .extracting(AnswerProblem::code)
                .containsExactly(AnswerProblem.NA_NOT_ALLOWED, AnswerProblem.NA_REASON_REQUIRED);
    }

    @Test
    void a_reason_given_with_an_ordinary_answer_is_no_problem() {
        assertThat(AnswerRules.check(NON_CRITICAL, MET_PARTIAL, "met", "some words")).isEmpty();
    }
}
