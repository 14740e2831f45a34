package org.childsafe.framework;

import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;
import org.childsafe.framework.load.Problem;
import org.childsafe.framework.service.ShippedFrameworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The framework files shipped in {@code config/frameworks}: valid, as described, and fully bilingual. */
class ShippedFrameworksTest {

    private static final Path DIRECTORY = Path.of("config", "frameworks");
    private static final Map<String, Framework> SHIPPED = new LinkedHashMap<>();

    @BeforeAll
    static void parseEveryShippedFile() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                ParseResult result = new FrameworkParser().parse(Files.readAllBytes(file));
                if (result instanceof ParseResult.Invalid invalid) {
                    fail("%s is not valid:%n%s", file, invalid.problems().stream().map(Problem::describe)
                            .collect(Collectors.joining("\n")));
                }
                Framework framework = ((ParseResult.Valid) result).framework();
                SHIPPED.put(framework.code(), framework);
            }
        }
    }

    @Test
    void every_shipped_file_parses_and_the_packaged_list_names_them_all() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(ShippedFrameworks.PACKAGED);
        }
        assertThat(SHIPPED).containsOnlyKeys("cso-core", "national-principles", "the-code", "psea-core");
    }

    @Test
    void each_file_name_is_its_framework_code_and_version() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(SHIPPED.values().stream()
                    .map(f -> f.code() + "-" + f.version() + ".yaml").toList());
        }
    }

    @Test
    void cso_core_has_the_four_domains_p_e_r_a_with_30_to_45_items_of_which_8_to_10_critical() {
        Framework core = SHIPPED.get("cso-core");
        assertThat(core.domains()).extracting(Domain::code).containsExactly("P", "E", "R", "A");
        assertThat(core.itemCount()).isBetween(30, 45);
        assertThat(core.items().filter(Item::critical).count()).isBetween(8L, 10L);
        assertThat(core.indicative()).isFalse();
        assertThat(core.scale().id()).isEqualTo(Scale.MET_PARTIAL);
    }

    @Test
    void national_principles_are_indicative_on_the_frequency_scale_with_ten_domains() {
        Framework principles = SHIPPED.get("national-principles");
        assertThat(principles.scale().id()).isEqualTo(Scale.FREQUENCY);
        assertThat(principles.indicative()).isTrue();
        assertThat(principles.domains()).hasSize(10);
    }

    @Test
    void every_item_of_the_code_and_of_psea_core_is_critical() {
        for (String code : List.of("the-code", "psea-core")) {
            Framework framework = SHIPPED.get(code);
            assertThat(framework.itemCount()).as(code).isPositive();
            assertThat(framework.items()).as(code).allMatch(Item::critical);
        }
    }

    @Test
    void every_text_of_every_shipped_framework_is_in_english_and_thai() {
        List<String> missing = new ArrayList<>();
        for (Framework framework : SHIPPED.values()) {
            String at = framework.code() + " ";
            check(missing, at + "title", framework.title());
            check(missing, at + "description", framework.description());
            for (Domain domain : framework.domains()) {
                check(missing, at + "domain " + domain.code() + " title", domain.title());
                for (Item item : domain.items()) {
                    String itemAt = at + "item " + item.code() + " ";
                    check(missing, itemAt + "text", item.text());
                    if (!item.guidance().isEmpty()) {
                        check(missing, itemAt + "guidance", item.guidance());
                    }
                    for (int i = 0; i < item.evidenceExamples().size(); i++) {
                        check(missing, itemAt + "evidenceExamples[" + i + "]", item.evidenceExamples().get(i));
                    }
                    for (int i = 0; i < item.actions().size(); i++) {
                        ActionTemplate action = item.actions().get(i);
                        check(missing, itemAt + "actions[" + i + "].text", action.text());
                        check(missing, itemAt + "actions[" + i + "].ownerRole", action.ownerRole());
                    }
                }
            }
            framework.scale().options().stream().filter(o -> !o.label().isEmpty())
                    .forEach(o -> check(missing, at + "scale option " + o.code(), o.label()));
        }
        assertThat(missing).as("texts without English and Thai").isEmpty();
    }

    @Test
    void thai_texts_are_written_in_thai_script() {
        for (Framework framework : SHIPPED.values()) {
            assertThat(framework.title().get("th")).as(framework.code()).matches("(?s).*[\\u0E00-\\u0E7F].*");
            assertThat(framework.items()).as(framework.code())
                    .allSatisfy(item -> assertThat(item.text().get("th")).matches("(?s).*[\\u0E00-\\u0E7F].*"));
        }
    }

    private static void check(List<String> missing, String where, LocalizedText text) {
        for (String language : List.of("en", "th")) {
            if (!text.has(language)) {
                missing.add(where + " (" + language + ")");
            }
        }
    }
}
