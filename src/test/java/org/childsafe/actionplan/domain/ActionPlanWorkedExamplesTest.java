package org.childsafe.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childsafe.scoring.ItemResponse;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.Ref20;
import org.childsafe.scoring.Scoring;
import org.junit.jupiter.api.Test;

/** The action plans of three worked examples on the reference checklist REF-20 (see {@link org.childsafe.scoring.Ref20}). */
class ActionPlanWorkedExamplesTest {

    private static List<PlannedAction> plan(List<ItemResponse> responses) {
        return ActionPlanGenerator.generate(Ref20.checklist(),
                Scoring.score(Ref20.checklist(), responses, Perspective.EFFECTIVE), LocalDate.of(2026, 3, 1));
    }

    private static List<String> codes(List<PlannedAction> actions) {
        return actions.stream().map(PlannedAction::itemCode).toList();
    }

    @Test
    void example_1_starts_with_the_three_critical_items_not_met_p1_e2_a1() {
        List<PlannedAction> plan = plan(Ref20.example1());

        assertThat(codes(plan).subList(0, 3)).containsExactly("P1", "E2", "A1");
        assertThat(plan.subList(0, 3)).allMatch(a -> a.priority() == Priority.URGENT);
        assertThat(codes(plan)).containsExactly(
                "P1", "E2", "A1",                                                 // urgent
                "E1", "E3", "R1",                                                 // high, critical partly met
                "P2", "P3", "P4", "E4", "R3", "R4", "A2", "A3", "A4", "A5",       // high, non-critical not met
                "P5", "R2", "R5");                                                // normal
    }

    @Test
    void example_3_has_only_two_normal_actions_p3_and_a3() {
        List<PlannedAction> plan = plan(Ref20.example3());

        assertThat(codes(plan)).containsExactly("P3", "A3");
        assertThat(plan).allMatch(a -> a.priority() == Priority.NORMAL);
    }

    @Test
    void example_5_starts_with_p2_r2_r4() {
        List<PlannedAction> plan = plan(Ref20.example5());

        assertThat(codes(plan).subList(0, 3)).containsExactly("P2", "R2", "R4");
        assertThat(codes(plan)).containsExactly("P2", "R2", "R4", "A3", "P3", "P5", "E4", "R3", "A5");
    }
}
