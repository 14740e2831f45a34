package org.childsafe.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

    @ParameterizedTest(name = "critical={0}, v={1} -> {2}")
    @CsvSource({
            "true,  0.0,  URGENT",
            "true,  0.25, HIGH",
            "true,  0.5,  HIGH",
            "true,  0.75, HIGH",
            "false, 0.0,  HIGH",
            "false, 0.25, HIGH",
            "false, 0.5,  NORMAL",
            "false, 0.75, NORMAL"})
    void priority_follows_the_table_of_the_contract(boolean critical, double value, Priority expected) {
        assertThat(Priority.of(critical, value)).isEqualTo(expected);
    }

    @Test
    void a_fully_met_item_has_no_priority_because_it_gets_no_action() {
        assertThatThrownBy(() -> Priority.of(true, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Priority.of(false, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priorities_have_api_codes_and_are_ordered_most_pressing_first() {
        assertThat(Priority.values()).extracting(Priority::code).containsExactly("urgent", "high", "normal");
        assertThat(Priority.fromCode("high")).isEqualTo(Priority.HIGH);
    }

    @Test
    void default_timeframes_are_30_90_and_180_days() {
        assertThat(Priority.values()).extracting(Priority::defaultTimeframeDays).containsExactly(30, 90, 180);
    }

    @Test
    void an_unknown_priority_code_is_refused_with_the_allowed_codes() {
        assertThatThrownBy(() -> Priority.fromCode("URGENT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown priority \"URGENT\"; expected one of: urgent, high, normal");
    }

    @Test
    void action_statuses_have_api_codes() {
        assertThat(ActionStatus.values()).extracting(ActionStatus::code)
                .containsExactly("open", "in_progress", "done", "dropped");
        assertThat(ActionStatus.fromCode("in_progress")).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void an_unknown_or_missing_status_code_is_refused_clearly() {
        assertThatThrownBy(() -> ActionStatus.fromCode("closed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown action status \"closed\"; expected one of: open, in_progress, done, dropped");
        assertThatThrownBy(() -> ActionStatus.fromCode(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown action status \"null\"");
    }

    @Test
    void action_kinds_have_stored_codes() {
        assertThat(ActionKind.values()).extracting(ActionKind::code).containsExactly("template", "default", "evidence");
        assertThat(ActionKind.fromCode("evidence")).isEqualTo(ActionKind.EVIDENCE);
        assertThatThrownBy(() -> ActionKind.fromCode("other")).isInstanceOf(IllegalArgumentException.class);
    }
}
