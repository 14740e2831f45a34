package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.problem;
import static org.childsafe.framework.load.Fixtures.problemsOf;
import static org.childsafe.framework.load.Fixtures.valid;
import static org.childsafe.framework.load.Fixtures.withTopLines;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rules about the file as a whole: encoding, YAML syntax, size and the YAML features allowed. */
class FrameworkParserFileTest {

    @Test
    void the_minimal_fixture_is_valid() {
        assertThat(valid(MINIMAL).code()).isEqualTo("demo");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(problemsOf(new byte[0])).containsExactly(problem("", null, "the file is empty"));
    }

    @Test
    void a_file_with_only_comments_is_refused_as_empty() {
        assertThat(problemsOf("# nothing here\n\n")).containsExactly(problem("", null, "the file is empty"));
    }

    @Test
    void a_file_with_an_empty_document_is_refused_as_empty() {
        assertThat(problemsOf("---\n...\n")).containsExactly(problem("", null, "the file is empty"));
    }

    @Test
    void deeply_nested_yaml_is_refused_before_it_can_exhaust_the_stack() {
        String deep = withTopLines("publisher: " + "[".repeat(5000) + "]".repeat(5000));

        assertThat(problemsOf(deep)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("invalid YAML: Nesting Depth exceeded max 50"));
    }

    @Test
    void invalid_yaml_syntax_is_reported_with_the_parsers_line_and_problem() {
        String broken = MINIMAL.replace("title: {en: Policy}", "title: {en: Policy");

        assertThat(problemsOf(broken)).containsExactly(problem("", 7,
                "invalid YAML: while parsing a flow mapping: expected ',' or '}', but got :"));
    }

    @Test
    void bytes_that_are_not_utf_8_are_reported_with_their_line() {
        byte[] latin1 = MINIMAL.replace("Policy", "Política").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problemsOf(latin1)).containsExactly(problem("", 6, "the file is not UTF-8 text: save it as UTF-8"));
    }

    @Test
    void a_utf_8_byte_order_mark_is_accepted() {
        assertThat(valid("\uFEFF" + MINIMAL).code()).isEqualTo("demo");
    }

    @Test
    void the_file_must_be_a_mapping_at_top_level() {
        assertThat(problemsOf("- framework: demo\n")).containsExactly(problem("", 1,
                "must be a mapping of keys to values (framework:, version:, title:, domains: ...), not a list"));
    }

    @Test
    void a_file_with_two_documents_is_refused() {
        assertThat(problemsOf(MINIMAL + "---\nframework: other\n")).containsExactly(problem("", 10,
                "invalid YAML: expected a single document in the stream, but found another document"));
    }

    @Test
    void control_characters_are_refused() {
        assertThat(problemsOf(MINIMAL.replace("There is", "There\u0007is"))).containsExactly(
                problem("", 9, "invalid YAML: the character U+0007 is not allowed"));
    }

    @Test
    void files_over_two_mebibytes_are_refused() {
        String huge = MINIMAL + "#" + "x".repeat(YamlDocument.MAX_CODE_POINTS) + "\n";

        assertThat(problemsOf(huge)).containsExactly(problem("", null, "the file is too large: at most 2097152 characters"));
    }

    @Test
    void too_many_aliases_are_refused_so_alias_bombs_cannot_explode() {
        String aliases = IntStream.range(0, 60).mapToObj(i -> "*text").collect(Collectors.joining(", "));
        String bomb = MINIMAL.replace("title: {en: Demo}", "title: &text {en: Demo}")
                .replace("  - code: P\n", "  - code: P\n    weight: [" + aliases + "]\n");

        assertThat(problemsOf(bomb)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50");
        });
    }

    @Test
    void anchors_and_aliases_within_the_limit_are_allowed() {
        String reused = MINIMAL.replace("title: {en: Demo}", "title: &demo {en: Demo}")
                .replace("title: {en: Policy}", "title: *demo");

        assertThat(valid(reused).domains().get(0).title().get("en")).isEqualTo("Demo");
    }

    @Test
    void merge_keys_are_refused() {
        String merged = MINIMAL.replace("title: {en: Policy}", "<<: {title: {en: Policy}}");

        assertThat(problemsOf(merged)).containsExactly(
                problem("domains[0]", 6, "merge keys (<<) are not supported"),
                problem("domains[0].title", 5, "required"));
    }

    @Test
    void explicit_non_standard_tags_are_refused() {
        assertThat(problemsOf(withTopLines("publisher: !person Jane"))).containsExactly(
                problem("publisher", 10, "unsupported YAML tag \"!person\""));
    }

    @Test
    void global_tags_that_would_create_objects_are_refused_by_the_yaml_parser() {
        assertThat(problemsOf(withTopLines("publisher: !!java.io.File {path: /etc/passwd}"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("invalid YAML: Global tag is not allowed"));
    }
}
