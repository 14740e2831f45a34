package org.childsafe.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childsafe.framework.domain.LocalizedText;
import org.junit.jupiter.api.Test;

class ActionPlanMergeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static PlannedAction planned(String itemCode, Priority priority, ActionKind kind) {
        return new PlannedAction(itemCode, "D", priority, false, LocalizedText.of("Do " + itemCode), LocalizedText.EMPTY,
                DUE, kind);
    }

    private static ExistingAction written(long id, String itemCode, ActionKind kind, Priority priority, ActionStatus status) {
        return new ExistingAction(id, itemCode, kind, priority, "Somchai", LocalDate.of(2026, 4, 15),
                "Book a board slot", "Template from the network", "Minute of the board meeting", status);
    }

    @Test
    void an_action_that_still_applies_keeps_everything_people_wrote() {
        ExistingAction before = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.IN_PROGRESS);

        MergeResult result = ActionPlanMerge.merge(List.of(before), List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE)));

        assertThat(result.kept()).containsExactly(before);
        assertThat(result.added()).isEmpty();
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void a_kept_action_takes_the_new_priority_and_nothing_else_changes() {
        ExistingAction before = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.DONE);

        MergeResult result = ActionPlanMerge.merge(List.of(before), List.of(planned("P1", Priority.HIGH, ActionKind.TEMPLATE)));

        ExistingAction kept = result.kept().get(0);
        assertThat(kept.priority()).isEqualTo(Priority.HIGH);
        assertThat(kept).usingRecursiveComparison().ignoringFields("priority").isEqualTo(before);
        assertThat(result.actions().get(0).planned().priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void an_action_whose_item_is_now_met_is_removed() {
        ExistingAction met = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.DONE);
        ExistingAction open = written(8, "P2", ActionKind.DEFAULT, Priority.HIGH, ActionStatus.OPEN);

        MergeResult result = ActionPlanMerge.merge(List.of(met, open), List.of(planned("P2", Priority.HIGH, ActionKind.DEFAULT)));

        assertThat(result.removed()).containsExactly(met);
        assertThat(result.kept()).containsExactly(open);
    }

    @Test
    void an_action_for_a_newly_unmet_item_is_added() {
        ExistingAction open = written(8, "P2", ActionKind.DEFAULT, Priority.HIGH, ActionStatus.OPEN);
        PlannedAction newOne = planned("E4", Priority.NORMAL, ActionKind.DEFAULT);

        MergeResult result = ActionPlanMerge.merge(List.of(open),
                List.of(planned("P2", Priority.HIGH, ActionKind.DEFAULT), newOne));

        assertThat(result.added()).containsExactly(newOne);
        assertThat(result.actions()).extracting(MergedAction::isNew).containsExactly(false, true);
    }

    @Test
    void a_change_of_kind_replaces_the_action_because_it_asks_for_different_work() {
        ExistingAction evidence = written(9, "P1", ActionKind.EVIDENCE, Priority.HIGH, ActionStatus.OPEN);
        PlannedAction template = planned("P1", Priority.URGENT, ActionKind.TEMPLATE);

        MergeResult result = ActionPlanMerge.merge(List.of(evidence), List.of(template));

        assertThat(result.removed()).containsExactly(evidence);
        assertThat(result.added()).containsExactly(template);
    }

    @Test
    void the_merged_plan_follows_the_new_plan_order() {
        ExistingAction p3 = written(1, "P3", ActionKind.DEFAULT, Priority.NORMAL, ActionStatus.OPEN);
        ExistingAction p1 = written(2, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);
        List<PlannedAction> planned = List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE),
                planned("E2", Priority.URGENT, ActionKind.DEFAULT), planned("P3", Priority.NORMAL, ActionKind.DEFAULT));

        MergeResult result = ActionPlanMerge.merge(List.of(p3, p1), planned);

        assertThat(result.actions()).extracting(a -> a.planned().itemCode()).containsExactly("P1", "E2", "P3");
        assertThat(result.kept()).extracting(ExistingAction::id).containsExactly(2L, 1L);
    }

    @Test
    void of_two_stored_actions_for_the_same_item_and_kind_the_first_is_kept_and_the_other_removed() {
        ExistingAction first = written(1, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);
        ExistingAction second = written(2, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);

        MergeResult result = ActionPlanMerge.merge(List.of(first, second),
                List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE)));

        assertThat(result.kept()).extracting(ExistingAction::id).containsExactly(1L);
        assertThat(result.removed()).extracting(ExistingAction::id).containsExactly(2L);
    }

    @Test
    void merging_into_an_empty_plan_adds_everything() {
        List<PlannedAction> planned = List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE));

        MergeResult result = ActionPlanMerge.merge(List.of(), planned);

        assertThat(result.added()).isEqualTo(planned);
        assertThat(result.kept()).isEmpty();
    }
}
