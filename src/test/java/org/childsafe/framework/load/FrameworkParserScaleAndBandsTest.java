package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.valid;
import static org.childsafe.framework.load.Fixtures.withTopLines;

import java.util.List;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;
import org.junit.jupiter.api.Test;

/** Rules for {@code scale} (built-in or inline) and {@code bands}. */
class FrameworkParserScaleAndBandsTest {

    @Test
    void a_built_in_scale_is_chosen_by_its_id() {
        assertThat(valid(withTopLines("scale: frequency")).scale()).isEqualTo(Scale.frequency());
    }

    @Test
    void an_unknown_scale_id_is_refused() {
        assertThat(problemsOf(withTopLines("scale: yes-no"))).containsExactly(problem("scale", 10,
                "unknown scale \"yes-no\": use met-partial, frequency or an inline scale {id, options}"));
    }

    @Test
    void a_scale_must_be_an_id_or_an_inline_scale() {
        assertThat(problemsOf(withTopLines("scale: [met, not_met]"))).containsExactly(problem("scale", 10,
                "must be a built-in scale id or an inline scale {id, options}, not a list"));
    }

    @Test
    void an_inline_scale_gets_dont_know_and_na_without_listing_them() {
        Scale scale = valid(withTopLines("scale: {id: yes-no, options: [{code: yes, value: 1, label: {en: Yes}},"
                + " {code: no, value: 0}]}")).scale();

        assertThat(scale).isEqualTo(new Scale("yes-no", List.of(
                new ScaleOption("yes", 1.0, LocalizedText.of("Yes")),
                new ScaleOption("no", 0.0, LocalizedText.EMPTY),
                new ScaleOption("dont_know", 0.0, LocalizedText.EMPTY),
                new ScaleOption("na", null, LocalizedText.EMPTY))));
    }

    @Test
    void a_listed_dont_know_or_na_keeps_its_label_and_place() {
        Scale scale = valid(withTopLines("scale: {id: yes-no, options: [{code: na, label: {en: Not for us}},"
                + " {code: yes, value: 1}, {code: dont_know, label: {en: Unsure}}]}")).scale();

        assertThat(scale.options()).extracting(ScaleOption::code).containsExactly("na", "yes", "dont_know");
        assertThat(scale.option("dont_know").orElseThrow().value()).isEqualTo(0.0);
        assertThat(scale.option("na").orElseThrow().label().get("en")).isEqualTo("Not for us");
    }

    @Test
    void an_inline_scale_needs_an_id() {
        assertThat(problemsOf(withTopLines("scale:", "  options: [{code: yes, value: 1}]"))).containsExactly(
                problem("scale.id", 11, "required"));
    }

    @Test
    void an_inline_scale_needs_options() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no}"))).containsExactly(
                problem("scale.options", 10, "required"));
    }

    @Test
    void an_inline_scale_with_a_built_in_id_must_list_exactly_the_built_in_options() {
        assertThat(problemsOf(withTopLines("scale: {id: frequency, options: [{code: yes, value: 1}]}"))).containsExactly(
                problem("scale.id", 10, "\"frequency\" is a built-in scale: list exactly its options,"
                        + " write scale: frequency, or choose another id"));
    }

    @Test
    void a_built_in_scale_may_be_written_out_in_full() {
        String inline = withTopLines("scale:", "  id: met-partial", "  options:", "    - {code: met, value: 1}",
                "    - {code: partial, value: 0.5}", "    - {code: not_met, value: 0}");

        assertThat(valid(inline).scale()).isEqualTo(Scale.metPartial());
    }

    @Test
    void an_inline_scale_needs_an_option_besides_dont_know_and_na() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: na}]}"))).containsExactly(
                problem("scale.options", 10, "must list at least one option besides dont_know and na"));
    }

    @Test
    void option_codes_must_match_the_pattern() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: \"yes please\", value: 1}]}")))
                .containsExactly(problem("scale.options[0].code", 10, "must match [A-Za-z0-9_.-]{1,32}"));
    }

    @Test
    void option_codes_must_be_unique() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: yes, value: 1}, {code: yes, value: 0}]}")))
                .containsExactly(problem("scale.options[1].code", 10, "duplicate option code \"yes\""));
    }

    @Test
    void an_option_needs_a_value() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: yes}]}"))).containsExactly(
                problem("scale.options[0].value", 10, "required"));
    }

    @Test
    void option_values_must_be_between_0_and_1() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: yes, value: 2}]}"))).containsExactly(
                problem("scale.options[0].value", 10, "value must be between 0 and 1"));
    }

    @Test
    void a_listed_dont_know_must_have_value_0() {
        assertThat(problemsOf(withTopLines(
                "scale: {id: yes-no, options: [{code: yes, value: 1}, {code: dont_know, value: 0.5}]}")))
                .containsExactly(problem("scale.options[1].value", 10, "\"dont_know\" must have value 0"));
    }

    @Test
    void a_listed_na_must_have_no_value() {
        assertThat(problemsOf(withTopLines("scale: {id: yes-no, options: [{code: yes, value: 1}, {code: na, value: 0}]}")))
                .containsExactly(problem("scale.options[1].value", 10, "\"na\" has no value: leave value out"));
    }

    @Test
    void bands_replace_the_default_bands() {
        assertThat(valid(withTopLines("bands:", "  - {code: pass, min: 50.5}", "  - {code: fail, min: 0}")).bands())
                .containsExactly(new Band("pass", 50.5), new Band("fail", 0));
    }

    @Test
    void there_must_be_at_least_one_band() {
        assertThat(problemsOf(withTopLines("bands: []"))).containsExactly(
                problem("bands", 10, "must list at least one band"));
    }

    @Test
    void the_last_band_must_have_min_0() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: strong, min: 80}", "  - {code: weak, min: 10}")))
                .containsExactly(problem("bands[1].min", 12, "the last band must have min 0"));
    }

    @Test
    void bands_must_be_ordered_from_highest_min_to_lowest() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: basic, min: 40}", "  - {code: strong, min: 80}",
                "  - {code: weak, min: 0}")))
                .containsExactly(problem("bands[1].min", 12, "bands must be ordered from highest min to lowest"));
    }

    @Test
    void two_bands_may_not_share_a_min() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: good, min: 50}", "  - {code: fine, min: 50}",
                "  - {code: weak, min: 0}")))
                .containsExactly(problem("bands[1].min", 12, "bands must be ordered from highest min to lowest"));
    }

    @Test
    void band_mins_must_be_between_0_and_100() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: super, min: 120}", "  - {code: weak, min: 0}")))
                .containsExactly(problem("bands[0].min", 11, "min must be between 0 and 100"));
    }

    @Test
    void band_mins_must_be_numbers() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: weak, min: zero}")))
                .containsExactly(problem("bands[0].min", 11, "must be a number, not text"));
    }

    @Test
    void band_codes_must_be_unique() {
        assertThat(problemsOf(withTopLines("bands:", "  - {code: weak, min: 50}", "  - {code: weak, min: 0}")))
                .containsExactly(problem("bands[1].code", 12, "duplicate band code \"weak\""));
    }

    @Test
    void a_band_needs_a_code_and_a_min() {
        assertThat(problemsOf(withTopLines("bands:", "  - {name: weak}"))).containsExactly(
                problem("bands[0].name", 11, "unknown key \"name\""),
                problem("bands[0].code", 11, "required"),
                problem("bands[0].min", 11, "required"));
    }
}
