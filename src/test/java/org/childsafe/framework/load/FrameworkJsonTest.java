package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.FULL;
import static org.childsafe.framework.load.Fixtures.MINIMAL;
import static org.childsafe.framework.load.Fixtures.valid;
import static org.childsafe.framework.load.Fixtures.withTopLines;

import java.util.List;
import java.util.Map;
import org.childsafe.framework.domain.Framework;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The canonical map form of a framework, and the round trip file → framework → map → YAML → framework. */
class FrameworkJsonTest {

    @Test
    void the_canonical_form_has_the_keys_of_the_file_in_order_with_defaults_written_out() {
        Map<String, Object> map = FrameworkJson.toMap(valid(MINIMAL));

        assertThat(map).containsExactly(
                Map.entry("framework", "demo"),
                Map.entry("version", "1"),
                Map.entry("title", Map.of("en", "Demo")),
                Map.entry("indicative", false),
                Map.entry("scale", Map.of("id", "met-partial", "options", List.of(
                        Map.of("code", "met", "value", 1.0),
                        Map.of("code", "partial", "value", 0.5),
                        Map.of("code", "not_met", "value", 0.0),
                        Map.of("code", "dont_know", "value", 0.0),
                        Map.of("code", "na")))),
                Map.entry("bands", List.of(
                        Map.of("code", "strong", "min", 80.0),
                        Map.of("code", "developing", "min", 60.0),
                        Map.of("code", "basic", "min", 40.0),
                        Map.of("code", "weak", "min", 0.0))),
                Map.entry("domains", List.of(Map.of(
                        "code", "P",
                        "title", Map.of("en", "Policy"),
                        "weight", 1.0,
                        "items", List.of(Map.of(
                                "code", "P1",
                                "text", Map.of("en", "There is a policy"),
                                "critical", false,
                                "weight", 1.0,
                                "evidenceRequired", false,
                                "naAllowed", true,
                                "evidenceExamples", List.of(),
                                "actions", List.of(),
                                "replaces", List.of("P1")))))));
    }

    @Test
    void item_keys_follow_the_order_of_the_file_format() {
        Map<String, Object> map = FrameworkJson.toMap(valid(FULL));
        Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) map.get("domains")).get(0)).get("items")).get(0);

        assertThat(map.keySet()).containsExactly("framework", "version", "title", "description", "publisher", "source",
                "licence", "indicative", "scale", "bands", "domains");
        assertThat(item.keySet()).map(Object::toString).containsExactly("code", "text", "guidance", "critical", "weight", "evidenceRequired",
                "naAllowed", "evidenceExamples", "actions", "replaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "full.yaml"})
    void a_dumped_canonical_form_parses_to_an_equal_framework(String fixture) {
        Framework framework = valid(Fixtures.resource(fixture));

        String dumped = new Yaml().dump(FrameworkJson.toMap(framework));

        assertThat(valid(dumped)).isEqualTo(framework);
    }

    @Test
    void a_built_in_scale_written_out_in_full_parses_back_to_an_equal_framework() {
        Framework framework = valid(withTopLines("scale: frequency"));

        assertThat(valid(FrameworkJson.toYaml(framework))).isEqualTo(framework);
    }

    @Test
    void the_yaml_export_is_block_style_and_keeps_versions_quoted() {
        String yaml = FrameworkJson.toYaml(valid(FULL));

        assertThat(yaml).startsWith("framework: full-demo\nversion: '2026.10'\n").contains("องค์กร").doesNotContain("&id");
        assertThat(valid(yaml)).isEqualTo(valid(FULL));
    }
}
