package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.junit.jupiter.api.Test;

/** {@code docs/framework-format.md} says what the parser does: its example file is valid and reads as described. */
class FrameworkFormatDocumentTest {

    private static final Path DOCUMENT = Path.of("docs", "framework-format.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private static String document() throws IOException {
        return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    }

    private static List<String> yamlBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(document());
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @Test
    void the_complete_example_is_a_valid_file_with_the_defaults_the_document_describes() throws IOException {
        Framework example = Fixtures.valid(yamlBlocks().get(0));

        assertThat(example.code()).isEqualTo("shelter-basics");
        assertThat(example.version()).isEqualTo("2026.1");
        assertThat(example.scale().id()).isEqualTo(Scale.MET_PARTIAL);
        Item p1 = example.item("P1").orElseThrow();
        assertThat(p1.critical()).isTrue();
        assertThat(p1.evidenceRequired()).as("default: = critical").isTrue();
        assertThat(p1.naAllowed()).as("default: not critical").isFalse();
        assertThat(p1.replaces()).as("default: its own code").containsExactly("P1");
        assertThat(p1.actions().get(0).timeframeDays()).isEqualTo(90);
        Item p2 = example.item("P2").orElseThrow();
        assertThat(p2.weight()).isEqualTo(2.0);
        assertThat(p2.replaces()).containsExactly("P2", "P3");
        assertThat(example.domains().get(1).weight()).as("default weight").isEqualTo(1.0);
    }

    @Test
    void the_inline_scale_and_the_default_bands_shown_are_valid() throws IOException {
        List<String> blocks = yamlBlocks();
        String scale = blocks.stream().filter(b -> b.startsWith("scale:")).findFirst().orElseThrow();
        String bands = blocks.stream().filter(b -> b.startsWith("bands:")).findFirst().orElseThrow();

        Framework withScale = Fixtures.valid(Fixtures.withTopLines(scale.strip().split("\n")));
        assertThat(withScale.scale().options()).extracting(o -> o.code())
                .containsExactly("yes", "mostly", "no", "dont_know", "na");
        Framework withBands = Fixtures.valid(Fixtures.withTopLines(bands.strip().split("\n")));
        assertThat(withBands.bands()).isEqualTo(org.childsafe.framework.domain.Band.DEFAULTS);
    }

    @Test
    void keys_the_document_calls_not_accepted_yet_are_refused_by_the_parser() throws IOException {
        if (!document().contains("**Not accepted yet.**")) {
            return;
        }
        for (String key : List.of("appliesTo: [shelter]", "criticalFor: [shelter]", "references: []")) {
            String name = key.substring(0, key.indexOf(':'));
            assertThat(Fixtures.problemsOf(Fixtures.withItemLines(key)))
                    .as("the document says %s is coming; once the parser accepts it, update the document", name)
                    .extracting(Problem::message).contains("unknown key \"" + name + "\"");
        }
    }
}
