package org.childsafe.actionplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childsafe.scoring.FrameworkFixtures.critical;
import static org.childsafe.scoring.FrameworkFixtures.domain;
import static org.childsafe.scoring.FrameworkFixtures.framework;
import static org.childsafe.scoring.FrameworkFixtures.item;
import static org.childsafe.scoring.FrameworkFixtures.text;
import static org.childsafe.scoring.FrameworkFixtures.withScale;
import static org.childsafe.scoring.FrameworkFixtures.withTemplates;

import java.time.LocalDate;
import java.util.List;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.scoring.Perspective;
import org.childsafe.scoring.Responses;
import org.childsafe.scoring.Scoring;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActionPlanGeneratorTest {

    private static final LocalDate ASSESSED = LocalDate.of(2026, 3, 1);

    private static List<PlannedAction> plan(Framework framework, Responses responses) {
        return ActionPlanGenerator.generate(framework,
                Scoring.score(framework, responses.build(), Perspective.EFFECTIVE), ASSESSED);
    }

    private static PlannedAction only(Framework framework, Responses responses) {
        List<PlannedAction> plan = plan(framework, responses);
        assertThat(plan).hasSize(1);
        return plan.get(0);
    }

    private static List<String> codes(List<PlannedAction> actions) {
        return actions.stream().map(PlannedAction::itemCode).toList();
    }

    @Nested
    class Which_items_get_an_action {

        private final Framework f = framework(domain("D", critical("c"), item("a"), item("b"), item("n"), item("u")));

        @Test
        void every_applicable_item_below_one_gets_exactly_one_action() {
            List<PlannedAction> plan = plan(f, Responses.none()
                    .answer("met", "c").answer("partial", "a").answer("dont_know", "b").na("n", "n/a"));

            assertThat(codes(plan)).containsExactly("b", "a");
        }

        @Test
        void a_met_item_claimed_without_evidence_gets_an_action_because_the_gate_makes_it_half() {
            PlannedAction action = only(f, Responses.none().answer("met", "c", "a", "b").withoutEvidence("c").na("n", "x"));

            assertThat(action.itemCode()).isEqualTo("c");
            assertThat(action.priority()).isEqualTo(Priority.HIGH);
            assertThat(action.kind()).isEqualTo(ActionKind.EVIDENCE);
        }

        @Test
        void not_applicable_and_unanswered_items_get_none() {
            assertThat(plan(f, Responses.none().answer("met", "c", "a", "b").na("n", "n/a"))).isEmpty();
        }

        @Test
        void a_result_naming_an_item_outside_the_framework_is_refused() {
            Framework other = framework(domain("X", item("x")));
            var result = Scoring.score(other, Responses.none().answer("not_met", "x").build(), Perspective.EFFECTIVE);

            assertThatThrownBy(() -> ActionPlanGenerator.generate(f, result, ASSESSED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        }
    }

    @Nested
    class Priorities_and_order {

        @Test
        void urgent_comes_before_high_before_normal_whatever_the_framework_order() {
            Framework f = framework(domain("D", item("n1"), item("h1"), critical("u1")));

            List<PlannedAction> plan = plan(f, Responses.none().answer("partial", "n1").answer("not_met", "h1", "u1"));

            assertThat(codes(plan)).containsExactly("u1", "h1", "n1");
            assertThat(plan).extracting(PlannedAction::priority)
                    .containsExactly(Priority.URGENT, Priority.HIGH, Priority.NORMAL);
        }

        @Test
        void within_a_priority_critical_items_come_before_non_critical_ones_even_from_a_later_domain() {
            Framework f = framework(domain("A", item("a1")), domain("B", critical("b1")));

            List<PlannedAction> plan = plan(f, Responses.none().answer("not_met", "a1").answer("partial", "b1"));

            assertThat(codes(plan)).containsExactly("b1", "a1");
            assertThat(plan).allMatch(a -> a.priority() == Priority.HIGH);
        }

        @Test
        void then_domain_order_decides_then_item_order() {
            Framework f = framework(domain("B", item("b2"), item("b1")), domain("A", item("a2"), item("a1")));

            List<PlannedAction> plan = plan(f, Responses.all(f, "not_met"));

            assertThat(codes(plan)).containsExactly("b2", "b1", "a2", "a1");
        }

        @Test
        void on_the_frequency_scale_rarely_is_high_and_sometimes_is_normal_for_non_critical_items() {
            Framework f = withScale(framework(domain("D", item("r"), item("s"))), Scale.frequency());

            List<PlannedAction> plan = plan(f, Responses.none().answer("sometimes", "s").answer("rarely", "r"));

            assertThat(plan).extracting(PlannedAction::itemCode, PlannedAction::priority)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r", Priority.HIGH),
                            org.assertj.core.groups.Tuple.tuple("s", Priority.NORMAL));
        }

        @Test
        void the_action_carries_its_domain_and_whether_the_item_is_critical() {
            PlannedAction action = only(framework(domain("D", critical("c"))), Responses.none().answer("not_met", "c"));

            assertThat(action.domainCode()).isEqualTo("D");
            assertThat(action.critical()).isTrue();
        }
    }

    @Nested
    class Texts {

        private final ActionTemplate board = new ActionTemplate(LocalizedText.of("Take the policy to the board"),
                LocalizedText.of("Director"), 45);
        private final ActionTemplate second = new ActionTemplate(LocalizedText.of("Second idea"), LocalizedText.EMPTY, 10);

        @Test
        void an_item_with_templates_gets_its_first_template() {
            Framework f = framework(domain("D", withTemplates(critical("P1"), board, second)));

            PlannedAction action = only(f, Responses.none().answer("not_met", "P1"));

            assertThat(action.kind()).isEqualTo(ActionKind.TEMPLATE);
            assertThat(action.text()).isEqualTo(board.text());
            assertThat(action.ownerRole()).isEqualTo(LocalizedText.of("Director"));
        }

        @Test
        void an_item_without_templates_gets_a_default_built_from_its_text_in_english_and_thai() {
            Framework f = framework(domain("D", text(item("P2"), LocalizedText.of("Policy covers online harm", "นโยบายครอบคลุมภัยออนไลน์"))));

            PlannedAction action = only(f, Responses.none().answer("not_met", "P2"));

            assertThat(action.kind()).isEqualTo(ActionKind.DEFAULT);
            assertThat(action.text().get("en")).isEqualTo("Put this in place: Policy covers online harm");
            assertThat(action.text().get("th")).isEqualTo("จัดให้มีเรื่องนี้: นโยบายครอบคลุมภัยออนไลน์");
            assertThat(action.ownerRole().isEmpty()).isTrue();
        }

        @Test
        void a_partly_met_item_is_asked_to_be_put_fully_in_place() {
            Framework f = framework(domain("D", text(item("P2"), LocalizedText.of("Policy covers online harm"))));

            assertThat(only(f, Responses.none().answer("partial", "P2")).text().get("en"))
                    .isEqualTo("Put this fully in place: Policy covers online harm");
        }

        @Test
        void a_dont_know_item_is_asked_to_be_found_out_first() {
            Framework f = framework(domain("D", text(item("P2"), LocalizedText.of("Policy covers online harm"))));

            assertThat(only(f, Responses.none().answer("dont_know", "P2")).text().get("en"))
                    .isEqualTo("Find out whether this is in place, and put it in place if not: Policy covers online harm");
        }

        @Test
        void a_default_text_has_no_thai_when_the_item_has_none() {
            Framework f = framework(domain("D", text(item("P2"), LocalizedText.of("Policy covers online harm"))));

            assertThat(only(f, Responses.none().answer("not_met", "P2")).text().values()).containsOnlyKeys("en");
        }

        @Test
        void a_claimed_not_evidenced_item_gets_the_evidence_action_instead_of_its_template() {
            Framework f = framework(domain("D", withTemplates(
                    text(critical("P1"), LocalizedText.of("Board-approved policy", "นโยบายที่คณะกรรมการอนุมัติ")), board)));

            PlannedAction action = only(f, Responses.none().answer("met", "P1").withoutEvidence("P1"));

            assertThat(action.kind()).isEqualTo(ActionKind.EVIDENCE);
            assertThat(action.text().get("en")).isEqualTo("Attach or produce the evidence for: Board-approved policy");
            assertThat(action.text().get("th")).isEqualTo("แนบหรือจัดทำหลักฐานสำหรับ: นโยบายที่คณะกรรมการอนุมัติ");
            assertThat(action.ownerRole().isEmpty()).isTrue();
        }
    }

    @Nested
    class Due_dates {

        @Test
        void the_templates_timeframe_sets_the_due_date() {
            Framework f = framework(domain("D", withTemplates(item("a"),
                    new ActionTemplate(LocalizedText.of("Do it"), LocalizedText.EMPTY, 45))));

            assertThat(only(f, Responses.none().answer("partial", "a")).suggestedDueDate()).isEqualTo(ASSESSED.plusDays(45));
        }

        @Test
        void without_a_timeframe_the_due_date_is_30_90_or_180_days_by_priority() {
            Framework f = framework(domain("D", critical("u"), item("h"), withTemplates(item("n"),
                    new ActionTemplate(LocalizedText.of("Do it"), LocalizedText.EMPTY, null))));

            List<PlannedAction> plan = plan(f, Responses.none().answer("not_met", "u", "h").answer("partial", "n"));

            assertThat(plan).extracting(PlannedAction::suggestedDueDate).containsExactly(
                    LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 30), LocalDate.of(2026, 8, 28));
        }

        @Test
        void the_evidence_action_uses_the_priority_default_not_the_template_timeframe() {
            Framework f = framework(domain("D", withTemplates(critical("c"),
                    new ActionTemplate(LocalizedText.of("Do it"), LocalizedText.EMPTY, 365))));

            assertThat(only(f, Responses.none().answer("met", "c").withoutEvidence("c")).suggestedDueDate())
                    .isEqualTo(ASSESSED.plusDays(90));
        }
    }
}
