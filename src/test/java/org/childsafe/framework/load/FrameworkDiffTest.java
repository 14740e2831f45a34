package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.framework.load.Fixtures.valid;

import java.util.List;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkDiff.CarriedItem;
import org.childsafe.framework.load.FrameworkDiff.ChangedItem;
import org.junit.jupiter.api.Test;

/** Comparing two versions of one framework item by item. */
class FrameworkDiffTest {

    private static final Framework V1 = valid("""
            framework: demo
            version: "1"
            title: {en: Demo}
            domains:
              - code: P
                title: {en: Policy}
                items:
                  - {code: P1, text: {en: There is a policy}, critical: true}
                  - {code: P2, text: {en: Staff know the policy}, guidance: {en: Ask them}}
                  - {code: P3, text: {en: The policy is reviewed}}
                  - {code: P4, text: {en: Visitors are told}}
                  - {code: P5, text: {en: Children are told}}
            """);

    @Test
    void the_same_version_compared_with_itself_has_no_changes_and_carries_on_every_item() {
        FrameworkDiff diff = FrameworkDiff.between(V1, V1);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.carriedOn()).containsExactly(
                new CarriedItem("P1", List.of("P1")), new CarriedItem("P2", List.of("P2")),
                new CarriedItem("P3", List.of("P3")), new CarriedItem("P4", List.of("P4")),
                new CarriedItem("P5", List.of("P5")));
    }

    @Test
    void items_are_added_removed_changed_and_carried_on() {
        Framework v2 = valid("""
                framework: demo
                version: "2"
                title: {en: Demo, th: สาธิต}
                domains:
                  - code: P
                    title: {en: Policy}
                    items:
                      - {code: P1, text: {en: There is a written policy}, critical: true, weight: 2}
                      - {code: P2, text: {en: Staff know the policy}, guidance: {en: Ask two of them}, critical: true}
                      - {code: P45, text: {en: Visitors and children are told}, replaces: [P4, P5]}
                      - {code: P6, text: {en: Volunteers are screened}}
                """);

        FrameworkDiff diff = FrameworkDiff.between(V1, v2);

        assertThat(diff.added()).containsExactly("P6");
        assertThat(diff.removed()).containsExactly("P3");
        assertThat(diff.changed()).containsExactly(
                new ChangedItem("P1", List.of("P1"), List.of("text", "weight")),
                new ChangedItem("P2", List.of("P2"), List.of("guidance", "critical")),
                new ChangedItem("P45", List.of("P4", "P5"), List.of("text")));
        assertThat(diff.carriedOnCodes()).containsExactly("P1", "P2", "P45");
        assertThat(diff.carriedOn()).contains(new CarriedItem("P45", List.of("P4", "P5")));
    }

    @Test
    void a_renamed_item_that_replaces_its_old_code_is_carried_on_not_added_and_removed() {
        Framework v2 = valid(version2With("- {code: P3-new, text: {en: The policy is reviewed}, replaces: [P3]}"));

        FrameworkDiff diff = FrameworkDiff.between(V1, v2);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.carriedOn()).contains(new CarriedItem("P3-new", List.of("P3")));
    }

    @Test
    void an_item_that_replaces_nothing_is_new_even_under_an_old_code() {
        Framework v2 = valid(version2With("- {code: P3, text: {en: The policy is published}, replaces: []}"));

        FrameworkDiff diff = FrameworkDiff.between(V1, v2);

        assertThat(diff.added()).containsExactly("P3");
        assertThat(diff.removed()).containsExactly("P3");
        assertThat(diff.changedCodes()).isEmpty();
    }

    @Test
    void replaced_codes_unknown_to_the_previous_version_are_ignored() {
        Framework v2 = valid(version2With("- {code: P3, text: {en: The policy is reviewed}, replaces: [P3, X9]}"));

        assertThat(FrameworkDiff.between(V1, v2).carriedOn()).contains(new CarriedItem("P3", List.of("P3")));
    }

    /** Version 2 of V1 with item P3 written as {@code p3Line}. */
    private static String version2With(String p3Line) {
        return """
                framework: demo
                version: "2"
                title: {en: Demo}
                domains:
                  - code: P
                    title: {en: Policy}
                    items:
                      - {code: P1, text: {en: There is a policy}, critical: true}
                      - {code: P2, text: {en: Staff know the policy}, guidance: {en: Ask them}}
                      %s
                      - {code: P4, text: {en: Visitors are told}}
                      - {code: P5, text: {en: Children are told}}
                """.formatted(p3Line);
    }
}
