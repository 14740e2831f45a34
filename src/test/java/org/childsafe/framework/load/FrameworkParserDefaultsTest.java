package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.childsafe.framework.load.Fixtures.FULL;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.valid;
import static org.childsafe.framework.load.Fixtures.withItemLines;

import java.util.List;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.junit.jupiter.api.Test;

/** What a valid file becomes: defaults filled in, values kept as written, and every problem at once. */
class FrameworkParserDefaultsTest {

    @Test
    void every_default_is_filled_in_for_a_minimal_file() {
        Framework framework = valid(MINIMAL);

        assertThat(framework).isEqualTo(new Framework("demo", "1", LocalizedText.of("Demo"), LocalizedText.EMPTY,
                null, null, null, false, Scale.metPartial(), Band.DEFAULTS, List.of(
                new Domain("P", LocalizedText.of("Policy"), 1, List.of(
                        new Item("P1", LocalizedText.of("There is a policy"), LocalizedText.EMPTY, false, 1, false, true,
                                List.of(), List.of(), List.of("P1")))))));
    }

    @Test
    void a_critical_item_requires_evidence_and_refuses_na_by_default() {
        Item item = valid(withItemLines("critical: true")).item("P1").orElseThrow();

        assertThat(item.critical()).isTrue();
        assertThat(item.evidenceRequired()).isTrue();
        assertThat(item.naAllowed()).isFalse();
    }

    @Test
    void a_critical_item_may_explicitly_allow_na_and_waive_evidence() {
        Item item = valid(withItemLines("critical: true", "naAllowed: true", "evidenceRequired: false"))
                .item("P1").orElseThrow();

        assertThat(item.naAllowed()).isTrue();
        assertThat(item.evidenceRequired()).isFalse();
    }

    @Test
    void yaml_yes_and_no_are_read_as_true_and_false() {
        assertThat(valid(withItemLines("critical: yes", "naAllowed: no")).item("P1").orElseThrow())
                .extracting(Item::critical, Item::naAllowed).containsExactly(true, false);
    }

    @Test
    void an_empty_replaces_list_means_the_item_carries_nothing_on() {
        assertThat(valid(withItemLines("replaces: []")).item("P1").orElseThrow().replaces()).isEmpty();
    }

    @Test
    void codes_written_like_numbers_keep_their_text() {
        Framework framework = valid(MINIMAL.replace("code: P1", "code: 1.10").replace("code: P\n", "code: 01\n"));

        assertThat(framework.domains().get(0).code()).isEqualTo("01");
        assertThat(framework.item("1.10")).isPresent();
    }

    @Test
    void texts_are_stripped_of_surrounding_white_space() {
        String folded = MINIMAL.replace("text: {en: There is a policy}", "text:\n          en: >\n            There is a\n            policy\n");

        assertThat(valid(folded).item("P1").orElseThrow().text().get("en")).isEqualTo("There is a policy");
    }

    @Test
    void every_key_of_the_full_fixture_is_read() {
        Framework framework = valid(FULL);

        assertThat(framework.version()).isEqualTo("2026.10");
        assertThat(framework.title().get("th")).isEqualTo("องค์กรที่ปลอดภัยสำหรับเด็ก");
        assertThat(framework.description().get("en")).isEqualTo("A demo framework that uses every key.");
        assertThat(framework).extracting(Framework::publisher, Framework::source, Framework::licence, Framework::indicative)
                .containsExactly("ChildSafe", "https://example.org/frameworks/demo", "CC BY 4.0", true);
        assertThat(framework.scale().id()).isEqualTo("yes-no");
        assertThat(framework.scale().options()).extracting(o -> o.code() + "=" + o.value())
                .containsExactly("yes=1.0", "mostly=0.75", "no=0.0", "dont_know=0.0", "na=null");
        assertThat(framework.bands()).containsExactly(new Band("good", 75.5), new Band("poor", 0));
        assertThat(framework.domains()).extracting(Domain::code, Domain::weight)
                .containsExactly(tuple("P", 2.0), tuple("R.1", 1.0));
        Item p1 = framework.item("P1").orElseThrow();
        assertThat(p1).extracting(Item::critical, Item::weight, Item::evidenceRequired, Item::naAllowed)
                .containsExactly(true, 1.5, false, true);
        assertThat(p1.guidance().get("en")).isEqualTo("Look for a signed, dated policy.");
        assertThat(p1.evidenceExamples()).hasSize(2);
        assertThat(p1.actions()).containsExactly(
                new ActionTemplate(LocalizedText.of("Draft a policy from the template and take it to the board"),
                        LocalizedText.of("Director"), 90),
                new ActionTemplate(LocalizedText.of("Publish the policy"), LocalizedText.EMPTY, null));
        assertThat(p1.replaces()).containsExactly("P1", "P1a");
        assertThat(framework.item("P2").orElseThrow().replaces()).isEmpty();
        assertThat(framework.item("R_1").orElseThrow()).extracting(Item::evidenceRequired, Item::naAllowed)
                .containsExactly(true, false);
    }

    @Test
    void a_file_with_several_problems_reports_all_of_them() {
        String broken = """
                framework: Demo
                version: 2026.1
                title: {th: สาธิต}
                source: example.org
                bands:
                  - {code: strong, min: 80}
                  - {code: weak, min: 20}
                domains:
                  - code: P
                    title: {en: Policy}
                    weight: 0
                    items:
                      - code: P1
                        text: {en: There is a policy}
                        critcal: true
                      - code: P1
                        text: {en: ""}
                        weight: x
                        actions:
                          - {text: {en: Write it}, timeframeDays: -5}
                  - code: E
                    title: {en: Empty}
                    items: []
                """;

        assertThat(problemsOf(broken)).containsExactly(
                problem("framework", 1, "must match [a-z0-9][a-z0-9-]{1,63}"),
                problem("version", 2,
                        "must be quoted text, e.g. version: \"2026.1\" (YAML reads a bare number such as 2026.10 as 2026.1)"),
                problem("title.en", 3, "missing English text"),
                problem("source", 4, "must be an http(s) URL"),
                problem("bands[1].min", 7, "the last band must have min 0"),
                problem("domains[0].weight", 11, "weight must be > 0"),
                problem("domains[0].items[0].critcal", 15, "unknown key \"critcal\""),
                problem("domains[0].items[1].code", 16, "duplicate item code \"P1\""),
                problem("domains[0].items[1].text.en", 17, "missing English text"),
                problem("domains[0].items[1].weight", 18, "must be a number, not text"),
                problem("domains[0].items[1].actions[0].timeframeDays", 20, "timeframeDays must be > 0"),
                problem("domains[1].items", 23, "must list at least one item"));
    }
}
