package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.withItemLines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules for items, their action templates and {@code replaces}. */
class FrameworkParserItemsTest {

    private static final String ITEM = "domains[0].items[0].";

    @Test
    void an_item_must_be_a_mapping() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("    items:")) + "    items: [P1]\n")).containsExactly(
                problem("domains[0].items[0]", 7, "must be a mapping (key: value), not text"));
    }

    @Test
    void an_item_code_is_required() {
        assertThat(problemsOf(MINIMAL.replace("      - code: P1\n        text:", "      - text:"))).containsExactly(
                problem(ITEM + "code", 8, "required"));
    }

    @Test
    void an_item_code_must_match_the_pattern() {
        assertThat(problemsOf(MINIMAL.replace("code: P1", "code: P1/a"))).containsExactly(
                problem(ITEM + "code", 8, "must match [A-Za-z0-9_.-]{1,16}"));
    }

    @Test
    void an_item_text_is_required() {
        assertThat(problemsOf(MINIMAL.replace("        text: {en: There is a policy}\n", ""))).containsExactly(
                problem(ITEM + "text", 8, "required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void an_item_weight_must_be_greater_than_0(String weight) {
        assertThat(problemsOf(withItemLines("weight: " + weight))).containsExactly(
                problem(ITEM + "weight", 10, "weight must be > 0"));
    }

    @Test
    void an_item_weight_must_be_a_number() {
        assertThat(problemsOf(withItemLines("weight: \"2\""))).containsExactly(
                problem(ITEM + "weight", 10, "must be a number, not text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"critical", "evidenceRequired", "naAllowed"})
    void item_flags_must_be_true_or_false(String flag) {
        assertThat(problemsOf(withItemLines(flag + ": maybe"))).containsExactly(
                problem(ITEM + flag, 10, "must be true or false, not text"));
    }

    @Test
    void guidance_must_be_a_text() {
        assertThat(problemsOf(withItemLines("guidance: Look for a signed policy"))).containsExactly(
                problem(ITEM + "guidance", 10, "must be a map of language to text such as {en: \"...\"}, not text"));
    }

    @Test
    void evidence_examples_must_be_a_list() {
        assertThat(problemsOf(withItemLines("evidenceExamples: {en: Signed policy}"))).containsExactly(
                problem(ITEM + "evidenceExamples", 10, "must be a list, not a mapping"));
    }

    @Test
    void evidence_examples_must_be_texts() {
        assertThat(problemsOf(withItemLines("evidenceExamples:", "  - {en: Signed policy}", "  - Board minute")))
                .containsExactly(problem(ITEM + "evidenceExamples[1]", 12,
                        "must be a map of language to text such as {en: \"...\"}, not text"));
    }

    @Test
    void actions_must_be_mappings() {
        assertThat(problemsOf(withItemLines("actions: [Write a policy]"))).containsExactly(
                problem(ITEM + "actions[0]", 10, "must be a mapping (key: value), not text"));
    }

    @Test
    void an_action_needs_a_text() {
        assertThat(problemsOf(withItemLines("actions:", "  - ownerRole: {en: Director}"))).containsExactly(
                problem(ITEM + "actions[0].text", 11, "required"));
    }

    @Test
    void an_action_owner_role_must_be_a_text() {
        assertThat(problemsOf(withItemLines("actions:", "  - text: {en: Write it}", "    ownerRole: Director")))
                .containsExactly(problem(ITEM + "actions[0].ownerRole", 12,
                        "must be a map of language to text such as {en: \"...\"}, not text"));
    }

    @Test
    void an_action_timeframe_must_be_greater_than_0() {
        assertThat(problemsOf(withItemLines("actions:", "  - text: {en: Write it}", "    timeframeDays: 0")))
                .containsExactly(problem(ITEM + "actions[0].timeframeDays", 12, "timeframeDays must be > 0"));
    }

    @Test
    void an_action_timeframe_must_be_a_whole_number() {
        assertThat(problemsOf(withItemLines("actions:", "  - text: {en: Write it}", "    timeframeDays: 1.5")))
                .containsExactly(problem(ITEM + "actions[0].timeframeDays", 12, "must be a whole number"));
    }

    @Test
    void replaces_must_be_a_list() {
        assertThat(problemsOf(withItemLines("replaces: P0"))).containsExactly(
                problem(ITEM + "replaces", 10, "must be a list, not text"));
    }

    @Test
    void replaced_codes_must_match_the_item_code_pattern() {
        assertThat(problemsOf(withItemLines("replaces: [P0, \"old P1\"]"))).containsExactly(
                problem(ITEM + "replaces[1]", 10, "must match [A-Za-z0-9_.-]{1,16}"));
    }

    @Test
    void replaced_codes_must_not_repeat() {
        assertThat(problemsOf(withItemLines("replaces: [P0, P0]"))).containsExactly(
                problem(ITEM + "replaces[1]", 10, "duplicate code \"P0\""));
    }
}
