package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.withTopLines;

import org.junit.jupiter.api.Test;

/** Rules for the top-level keys, for text fields, and for keys at every level. */
class FrameworkParserTopLevelTest {

    @Test
    void framework_code_is_required() {
        assertThat(problemsOf(MINIMAL.replace("framework: demo\n", ""))).containsExactly(
                problem("framework", 1, "required"));
    }

    @Test
    void framework_code_must_match_the_pattern() {
        assertThat(problemsOf(MINIMAL.replace("framework: demo", "framework: Demo_1"))).containsExactly(
                problem("framework", 1, "must match [a-z0-9][a-z0-9-]{1,63}"));
    }

    @Test
    void version_is_required() {
        assertThat(problemsOf(MINIMAL.replace("version: \"1\"\n", ""))).containsExactly(
                problem("version", 1, "required"));
    }

    @Test
    void a_version_written_as_a_bare_number_is_refused_with_a_hint_to_quote_it() {
        assertThat(problemsOf(MINIMAL.replace("version: \"1\"", "version: 2026.10"))).containsExactly(
                problem("version", 2,
                        "must be quoted text, e.g. version: \"2026.10\" (YAML reads a bare number such as 2026.10 as 2026.1)"));
    }

    @Test
    void a_blank_version_is_refused() {
        assertThat(problemsOf(MINIMAL.replace("version: \"1\"", "version: \" \""))).containsExactly(
                problem("version", 2, "must not be blank"));
    }

    @Test
    void title_is_required() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}\n", ""))).containsExactly(
                problem("title", 1, "required"));
    }

    @Test
    void a_text_field_must_be_a_map_of_language_to_text() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}", "title: Demo"))).containsExactly(
                problem("title", 3, "must be a map of language to text such as {en: \"...\"}, not text"));
    }

    @Test
    void english_text_is_required() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}", "title: {th: สาธิต}"))).containsExactly(
                problem("title.en", 3, "missing English text"));
    }

    @Test
    void blank_english_text_counts_as_missing() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}", "title: {en: \"  \"}"))).containsExactly(
                problem("title.en", 3, "missing English text"));
    }

    @Test
    void other_languages_must_not_be_empty() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}", "title: {en: Demo, th: \"\"}"))).containsExactly(
                problem("title.th", 3, "empty text"));
    }

    @Test
    void language_codes_must_look_like_language_codes() {
        assertThat(problemsOf(MINIMAL.replace("title: {en: Demo}", "title: {en: Demo, Thai: สาธิต}"))).containsExactly(
                problem("title.Thai", 3, "invalid language code \"Thai\": use a code such as en, th or pt-BR"));
    }

    @Test
    void optional_texts_follow_the_same_rules() {
        assertThat(problemsOf(withTopLines("description: {th: คำอธิบาย}"))).containsExactly(
                problem("description.en", 10, "missing English text"));
    }

    @Test
    void publisher_must_be_plain_text() {
        assertThat(problemsOf(withTopLines("publisher: [Save the Children, UNICEF]"))).containsExactly(
                problem("publisher", 10, "must be text, not a list"));
    }

    @Test
    void licence_must_not_be_blank() {
        assertThat(problemsOf(withTopLines("licence: \"\""))).containsExactly(
                problem("licence", 10, "must not be blank"));
    }

    @Test
    void source_must_be_an_http_or_https_url() {
        assertThat(problemsOf(withTopLines("source: ftp://example.org/framework.yaml"))).containsExactly(
                problem("source", 10, "must be an http(s) URL"));
    }

    @Test
    void indicative_must_be_true_or_false() {
        assertThat(problemsOf(withTopLines("indicative: sometimes"))).containsExactly(
                problem("indicative", 10, "must be true or false, not text"));
    }

    @Test
    void an_empty_value_is_refused_rather_than_ignored() {
        assertThat(problemsOf(withTopLines("description:"))).containsExactly(
                problem("description", 10, "empty value: give a value or leave the key out"));
    }

    @Test
    void a_key_given_twice_is_refused() {
        assertThat(problemsOf(withTopLines("title: {en: Again}"))).containsExactly(
                problem("title", 10, "duplicate key \"title\""));
    }

    @Test
    void keys_must_be_plain_text() {
        assertThat(problemsOf(withTopLines("[a, b]: c"))).containsExactly(
                problem("", 10, "keys must be plain text"));
    }

    @Test
    void unknown_keys_are_refused_at_every_level() {
        String typos = """
                framework: demo
                version: "1"
                title: {en: Demo}
                license: CC BY 4.0
                scale:
                  id: mine
                  kind: custom
                  options:
                    - {code: yes, value: 1, colour: green}
                bands:
                  - {code: all, min: 0, max: 100}
                domains:
                  - code: P
                    title: {en: Policy}
                    colour: blue
                    items:
                      - code: P1
                        text: {en: There is a policy}
                        critcal: true
                        actions:
                          - text: {en: Write it}
                            owner: {en: Director}
                """;

        assertThat(problemsOf(typos)).containsExactly(
                problem("license", 4, "unknown key \"license\""),
                problem("scale.kind", 7, "unknown key \"kind\""),
                problem("scale.options[0].colour", 9, "unknown key \"colour\""),
                problem("bands[0].max", 11, "unknown key \"max\""),
                problem("domains[0].colour", 15, "unknown key \"colour\""),
                problem("domains[0].items[0].critcal", 19, "unknown key \"critcal\""),
                problem("domains[0].items[0].actions[0].owner", 22, "unknown key \"owner\""));
    }
}
