package org.childsafe.framework.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a second file for a stored version counts as the same version: same content, whatever its layout. */
class SameContentTest {

    private static final String FILE = """
            framework: same-content
            version: "1"
            title: {en: "Test framework", th: "กรอบทดสอบ"}
            domains:
              - code: P
                title: {en: Policy}
                items:
                  - code: P1
                    critical: true
                    text: {en: "There is a policy", th: "มีนโยบาย"}
                  - code: P2
                    weight: 2
                    text: {en: "Staff know the policy"}
                    actions:
                      - {text: {en: "Train the staff"}, timeframeDays: 30}
            """;

    /** The same framework written another way: comments, spacing, quoting, key order, block style, defaults. */
    private static final String REWRITTEN = """
            # Same content, other layout.
            version: '1'
            framework: "same-content"

            title:
              th: กรอบทดสอบ      # Thai first this time
              en: Test framework
            indicative: false
            scale: met-partial
            domains:
              - title: {en: 'Policy'}
                code: P
                weight: 1.0
                items:
                  - text: {th: "มีนโยบาย", en: "There is a policy"}
                    code: P1
                    critical: yes
                    evidenceRequired: true
                    naAllowed: false
                    replaces: [P1]
                  - code: P2
                    weight: 2.0
                    text:
                      en: Staff know the policy
                    actions:
                      - text:
                          en: Train the staff
                        timeframeDays: 30
            """;

    private static Framework parse(String yaml) {
        return ((ParseResult.Valid) new FrameworkParser().parse(yaml)).framework();
    }

    @Test
    void a_file_written_another_way_with_the_same_content_is_the_same_version() {
        assertThat(FrameworkLibrary.sameContent(parse(FILE), parse(REWRITTEN))).isTrue();
        assertThat(FrameworkLibrary.sameContent(parse(FILE), parse("# a new header\n" + FILE.replace("\n", "  \n"))))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "There is a policy|There is a written policy",
            "th: \"มีนโยบาย\"}|th: \"มีนโยบายแล้ว\"}",
            "weight: 2|weight: 3",
            "critical: true|critical: false",
            "timeframeDays: 30|timeframeDays: 60",
            "title: {en: Policy}|title: {en: Policy, th: นโยบาย}",
            "version: \"1\"\n|version: \"1\"\nindicative: true\n",
            "      - code: P1\n        critical: true\n|      - code: P1\n        critical: true\n        replaces: []\n"})
    void any_change_of_a_text_or_setting_is_other_content(String change) {
        String[] parts = change.split("\\|");
        String changed = FILE.replace(parts[0], parts[1]);
        assertThat(changed).isNotEqualTo(FILE);

        assertThat(FrameworkLibrary.sameContent(parse(FILE), parse(changed))).isFalse();
    }

    @Test
    void items_in_another_order_are_other_content() {
        String p1 = "      - code: P1\n        critical: true\n        text: {en: \"There is a policy\", th: \"มีนโยบาย\"}\n";
        String swapped = FILE.replace(p1, "") + p1;

        assertThat(parse(swapped).items().map(i -> i.code()).toList()).containsExactly("P2", "P1");
        assertThat(FrameworkLibrary.sameContent(parse(FILE), parse(swapped))).isFalse();
    }
}
