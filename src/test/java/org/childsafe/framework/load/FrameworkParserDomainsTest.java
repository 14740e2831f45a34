package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.withDomainLines;
import static org.childsafe.framework.load.Fixtures.withTopLines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules for {@code domains} and for the codes of domains and items. */
class FrameworkParserDomainsTest {

    private static final String DOMAIN_P = "  - code: P\n    title: {en: Policy}\n";

    @Test
    void domains_are_required() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("domains:")))).containsExactly(
                problem("domains", 1, "required"));
    }

    @Test
    void domains_must_be_a_list() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("domains:")) + "domains: Policy\n")).containsExactly(
                problem("domains", 4, "must be a list, not text"));
    }

    @Test
    void there_must_be_at_least_one_domain() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("domains:")) + "domains: []\n")).containsExactly(
                problem("domains", 4, "must list at least one domain"));
    }

    @Test
    void a_domain_must_be_a_mapping() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("domains:")) + "domains: [P]\n")).containsExactly(
                problem("domains[0]", 4, "must be a mapping (key: value), not text"));
    }

    @Test
    void a_domain_code_is_required() {
        assertThat(problemsOf(MINIMAL.replace(DOMAIN_P, "  - title: {en: Policy}\n"))).containsExactly(
                problem("domains[0].code", 5, "required"));
    }

    @Test
    void a_domain_code_must_match_the_pattern() {
        assertThat(problemsOf(MINIMAL.replace("  - code: P\n", "  - code: Policy and procedures\n"))).containsExactly(
                problem("domains[0].code", 5, "must match [A-Za-z0-9_.-]{1,16}"));
    }

    @Test
    void domain_codes_must_be_unique() {
        String twice = withTopLines("  - code: P", "    title: {en: Policy again}", "    items:",
                "      - code: P2", "        text: {en: Another item}");

        assertThat(problemsOf(twice)).containsExactly(problem("domains[1].code", 10, "duplicate domain code \"P\""));
    }

    @Test
    void a_domain_title_is_required() {
        assertThat(problemsOf(MINIMAL.replace("    title: {en: Policy}\n", ""))).containsExactly(
                problem("domains[0].title", 5, "required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.5"})
    void a_domain_weight_must_be_greater_than_0(String weight) {
        assertThat(problemsOf(withDomainLines("weight: " + weight))).containsExactly(
                problem("domains[0].weight", 10, "weight must be > 0"));
    }

    @Test
    void a_domain_weight_must_be_a_number() {
        assertThat(problemsOf(withDomainLines("weight: heavy"))).containsExactly(
                problem("domains[0].weight", 10, "must be a number, not text"));
    }

    @Test
    void a_domain_weight_must_be_finite() {
        assertThat(problemsOf(withDomainLines("weight: .inf"))).containsExactly(
                problem("domains[0].weight", 10, "must be a finite number"));
    }

    @Test
    void a_domain_needs_items() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("    items:")))).containsExactly(
                problem("domains[0].items", 5, "required"));
    }

    @Test
    void a_domain_needs_at_least_one_item() {
        assertThat(problemsOf(MINIMAL.substring(0, MINIMAL.indexOf("    items:")) + "    items: []\n")).containsExactly(
                problem("domains[0].items", 7, "must list at least one item"));
    }

    @Test
    void duplicate_item_codes_are_reported_with_path_and_line() {
        String twice = withTopLines("  - code: R", "    title: {en: Recruitment}", "    items:",
                "      - code: P1", "        text: {en: References are checked}");

        assertThat(problemsOf(twice)).containsExactly(problem("domains[1].items[0].code", 13, "duplicate item code \"P1\""));
    }

    @Test
    void an_item_code_may_equal_a_domain_code() {
        assertThat(Fixtures.valid(MINIMAL.replace("code: P1", "code: P")).item("P")).isPresent();
    }
}
