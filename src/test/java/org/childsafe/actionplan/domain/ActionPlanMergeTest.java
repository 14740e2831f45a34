package org.childsafe.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.childsafe.framework.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/** Regenerating a plan never loses what people wrote (docs/action-plan.md, "Keeping people's work"). */
class ActionPlanMergeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final Function<String, ResolvedReason> MET = code -> ResolvedReason.MET;

    private static PlannedAction planned(String itemCode, Priority priority, ActionKind kind) {
        return new PlannedAction(itemCode, "D", priority, false, LocalizedText.of("Do " + itemCode), LocalizedText.EMPTY,
                DUE, kind);
    }

    private static ExistingAction written(long id, String itemCode, ActionKind kind, Priority priority, ActionStatus status) {
        return written(id, itemCode, kind, priority, status, null);
    }

    private static ExistingAction written(long id, String itemCode, ActionKind kind, Priority priority, ActionStatus status,
                                          ResolvedReason resolved) {
        return new ExistingAction(id, itemCode, kind, priority, "Somchai", LocalDate.of(2026, 4, 15),
                "Book a board slot", "Template from the network", "Minute of the board meeting", status, resolved);
    }

    @Test
    void an_action_that_still_applies_keeps_everything_people_wrote() {
        ExistingAction before = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.IN_PROGRESS);

        MergeResult result = ActionPlanMerge.merge(List.of(before), List.of(planned("P1", Priority.HIGH, ActionKind.TEMPLATE)), MET);

        assertThat(result.kept()).containsExactly(before);
        assertThat(result.added()).isEmpty();
        assertThat(result.closed()).isEmpty();
        assertThat(result.actions().get(0).planned().priority()).as("the generated priority follows the plan")
                .isEqualTo(Priority.HIGH);
    }

    @Test
    void an_action_whose_item_is_now_met_is_kept_as_resolved_with_its_status() {
        ExistingAction met = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.DONE);
        ExistingAction open = written(8, "P2", ActionKind.DEFAULT, Priority.HIGH, ActionStatus.OPEN);

        MergeResult result = ActionPlanMerge.merge(List.of(met, open), List.of(planned("P2", Priority.HIGH, ActionKind.DEFAULT)), MET);

        assertThat(result.closed()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(met);
            assertThat(c.reason()).isEqualTo(ResolvedReason.MET);
            assertThat(c.newlyClosed()).isTrue();
        });
        assertThat(result.kept()).containsExactly(open);
    }

    @Test
    void the_reason_a_gap_closed_comes_from_the_item() {
        ExistingAction p1 = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);
        ExistingAction p2 = written(8, "P2", ActionKind.DEFAULT, Priority.HIGH, ActionStatus.OPEN);

        MergeResult result = ActionPlanMerge.merge(List.of(p1, p2), List.of(),
                code -> code.equals("P1") ? ResolvedReason.UNANSWERED : ResolvedReason.NOT_APPLICABLE);

        assertThat(result.closed()).extracting(ClosedAction::reason)
                .containsExactly(ResolvedReason.UNANSWERED, ResolvedReason.NOT_APPLICABLE);
    }

    @Test
    void a_resolved_action_whose_gap_reopens_comes_back_the_same_action() {
        ExistingAction resolved = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.IN_PROGRESS,
                ResolvedReason.MET);

        MergeResult result = ActionPlanMerge.merge(List.of(resolved),
                List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE)), MET);

        assertThat(result.added()).isEmpty();
        assertThat(result.reopened()).containsExactly(resolved);
        assertThat(result.actions().get(0).kept().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void a_resolved_action_that_stays_resolved_for_the_same_reason_needs_nothing_stored() {
        ExistingAction resolved = written(7, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.DONE,
                ResolvedReason.MET);

        MergeResult result = ActionPlanMerge.merge(List.of(resolved), List.of(), MET);

        assertThat(result.closed()).singleElement().satisfies(c -> {
            assertThat(c.changed()).isFalse();
            assertThat(c.newlyClosed()).isFalse();
        });
        assertThat(ActionPlanMerge.merge(List.of(resolved), List.of(), code -> ResolvedReason.UNANSWERED).closed())
                .singleElement().satisfies(c -> assertThat(c.changed()).isTrue());
    }

    @Test
    void an_action_for_a_newly_unmet_item_is_added() {
        ExistingAction open = written(8, "P2", ActionKind.DEFAULT, Priority.HIGH, ActionStatus.OPEN);
        PlannedAction newOne = planned("E4", Priority.NORMAL, ActionKind.DEFAULT);

        MergeResult result = ActionPlanMerge.merge(List.of(open),
                List.of(planned("P2", Priority.HIGH, ActionKind.DEFAULT), newOne), MET);

        assertThat(result.added()).containsExactly(newOne);
        assertThat(result.actions()).extracting(MergedAction::isNew).containsExactly(false, true);
    }

    @Test
    void a_change_of_kind_keeps_the_action_and_what_people_wrote_only_its_text_follows() {
        ExistingAction evidence = written(9, "P1", ActionKind.EVIDENCE, Priority.HIGH, ActionStatus.IN_PROGRESS);
        PlannedAction template = planned("P1", Priority.URGENT, ActionKind.TEMPLATE);

        MergeResult result = ActionPlanMerge.merge(List.of(evidence), List.of(template), MET);

        assertThat(result.added()).isEmpty();
        assertThat(result.closed()).isEmpty();
        MergedAction merged = result.actions().get(0);
        assertThat(merged.kept()).isEqualTo(evidence);
        assertThat(merged.kindChanged()).isTrue();
        assertThat(merged.planned().kind()).isEqualTo(ActionKind.TEMPLATE);
    }

    @Test
    void the_merged_plan_follows_the_new_plan_order() {
        ExistingAction p3 = written(1, "P3", ActionKind.DEFAULT, Priority.NORMAL, ActionStatus.OPEN);
        ExistingAction p1 = written(2, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);
        List<PlannedAction> planned = List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE),
                planned("E2", Priority.URGENT, ActionKind.DEFAULT), planned("P3", Priority.NORMAL, ActionKind.DEFAULT));

        MergeResult result = ActionPlanMerge.merge(List.of(p3, p1), planned, MET);

        assertThat(result.actions()).extracting(a -> a.planned().itemCode()).containsExactly("P1", "E2", "P3");
        assertThat(result.kept()).extracting(ExistingAction::id).containsExactly(2L, 1L);
    }

    @Test
    void two_stored_actions_for_one_item_are_refused_since_the_store_keeps_one_per_item() {
        ExistingAction first = written(1, "P1", ActionKind.TEMPLATE, Priority.URGENT, ActionStatus.OPEN);
        ExistingAction second = written(2, "P1", ActionKind.EVIDENCE, Priority.URGENT, ActionStatus.OPEN);

        assertThatThrownBy(() -> ActionPlanMerge.merge(List.of(first, second),
                List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE)), MET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
    }

    @Test
    void merging_into_an_empty_plan_adds_everything() {
        List<PlannedAction> planned = List.of(planned("P1", Priority.URGENT, ActionKind.TEMPLATE));

        MergeResult result = ActionPlanMerge.merge(List.of(), planned, MET);

        assertThat(result.added()).isEqualTo(planned);
        assertThat(result.kept()).isEmpty();
    }
}
