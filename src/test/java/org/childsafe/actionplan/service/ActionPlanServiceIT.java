package org.childsafe.actionplan.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.actionplan.PlanScenario;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionKind;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ActionPlanServiceIT {

    @Inject
    ApplicationContext context;
    @Inject
    ActionPlanService service;
    @Inject
    AuditLog audit;

    private static ActionItem action(ActionPlan plan, String itemCode) {
        return plan.actions().stream().filter(a -> a.itemCode().equals(itemCode)).findFirst().orElseThrow();
    }

    /** The open plan's items, in order. */
    private static List<String> codes(ActionPlan plan) {
        return plan.open().stream().map(ActionItem::itemCode).toList();
    }

    @Test
    void actions_are_ordered_by_priority_then_critical_then_domain_and_item_order() {
        PlanScenario s = PlanScenario.start(context)
                .answer("P2", "partial")     // non-critical, 0.5   -> normal
                .answer("P3", "not_met")     // non-critical, 0     -> high
                .answer("A1", "met")         // critical, met without evidence -> 0.5 -> high, evidence action
                .answer("E2", "partial")     // critical, 0.5       -> high
                .answer("E1", "not_met")     // critical, 0         -> urgent
                .answer("P1", "dont_know")   // critical, 0         -> urgent
                .answerWithEvidence("E3", "met");  // met with evidence -> no action

        ActionPlan plan = service.plan(s.manager, s.id());

        assertThat(codes(plan)).containsExactly("P1", "E1", "E2", "A1", "P3", "P2");
        assertThat(plan.actions()).extracting(ActionItem::priority).containsExactly(Priority.URGENT, Priority.URGENT,
                Priority.HIGH, Priority.HIGH, Priority.HIGH, Priority.NORMAL);
        assertThat(action(plan, "A1").kind()).isEqualTo(ActionKind.EVIDENCE);
        assertThat(action(plan, "P1").kind()).isEqualTo(ActionKind.TEMPLATE);
        assertThat(action(plan, "P1").status()).isEqualTo(ActionStatus.OPEN);
        LocalDate created = LocalDate.ofInstant(s.assessment.createdAt(), ZoneOffset.UTC);
        assertThat(action(plan, "P1").dueDate()).as("template timeframe of P1 is 90 days").isEqualTo(created.plusDays(90));
        assertThat(action(plan, "P1").ownerRole().get("th")).isEqualTo("ผู้อำนวยการ");
        assertThat(plan.actions()).extracting(ActionItem::sortOrder).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void regenerating_after_answers_change_keeps_what_people_wrote_resolves_met_items_and_adds_new_gaps() {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met").answer("P2", "partial").answer("E1", "not_met");
        ActionPlan first = service.plan(s.manager, s.id());
        assertThat(codes(first)).containsExactly("P1", "E1", "P2");
        long p1 = action(first, "P1").id();
        service.update(s.manager, s.id(), p1, ActionPatch.of(ActionPatch.OWNER, "Khun Somsri")
                .and(ActionPatch.FIRST_STEP, "Book the board meeting").and(ActionPatch.STATUS, "in_progress")
                .and(ActionPatch.DUE_DATE, "2026-09-30"));
        long p2 = action(first, "P2").id();
        service.update(s.manager, s.id(), p2, ActionPatch.of(ActionPatch.OWNER, "Khun Anan"));

        s.answer("P1", "partial")   // still a gap: same action, now high
                .answer("P2", "met")  // met: its action leaves the open plan, kept as resolved
                .answer("E4", "not_met"); // a new gap: a new action
        ActionPlan second = service.plan(s.manager, s.id());

        assertThat(codes(second)).containsExactly("E1", "P1", "E4");
        ActionItem kept = action(second, "P1");
        assertThat(kept.id()).isEqualTo(p1);
        assertThat(kept.owner()).isEqualTo("Khun Somsri");
        assertThat(kept.firstStep()).isEqualTo("Book the board meeting");
        assertThat(kept.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(kept.dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(kept.priority()).isEqualTo(Priority.HIGH);
        assertThat(action(second, "E4").owner()).isNull();
        assertThat(action(second, "E4").status()).isEqualTo(ActionStatus.OPEN);
        ActionItem resolved = action(second, "P2");
        assertThat(resolved.id()).isEqualTo(p2);
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedReason()).isEqualTo(org.childsafe.actionplan.domain.ResolvedReason.MET);
        assertThat(resolved.owner()).as("people's work is never deleted").isEqualTo("Khun Anan");
        assertThat(second.resolved()).extracting(ActionItem::itemCode).containsExactly("P2");

        ActionPlan third = service.plan(s.manager, s.id());
        assertThat(third.actions()).as("reading again changes nothing").isEqualTo(second.actions());

        List<AuditEntry> history = audit.history(Actor.SYSTEM, s.organisation.id(), 0, 50);
        assertThat(history).anyMatch(e -> e.entityType().equals("action") && e.action().equals("update")
                && e.afterJson().contains("Khun Somsri"));
        assertThat(history).anyMatch(e -> e.entityType().equals("action_plan") && e.action().equals("update")
                && e.afterJson().contains("\"resolved\":[{\"item\":\"P2\"") );
        assertThat(history).anyMatch(e -> e.entityType().equals("action_plan") && e.afterJson().contains("\"added\":[\"E4\"]"));
    }

    @Test
    void dropping_needs_a_reason_and_leaving_dropped_forgets_it() {
        PlanScenario s = PlanScenario.start(context).answer("P3", "not_met");
        long id = action(service.plan(s.manager, s.id()), "P3").id();

        assertThatThrownBy(() -> service.update(s.manager, s.id(), id, ActionPatch.of(ActionPatch.STATUS, "dropped")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).extracting(d -> d.path())
                        .containsExactly("dropReason"));
        ActionItem dropped = service.update(s.manager, s.id(), id, ActionPatch.of(ActionPatch.STATUS, "dropped")
                .and(ActionPatch.DROP_REASON, "Covered by the network's shared policy"));
        assertThat(dropped.status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(dropped.dropReason()).isEqualTo("Covered by the network's shared policy");

        ActionItem reopened = service.update(s.manager, s.id(), id, ActionPatch.of(ActionPatch.STATUS, "open"));
        assertThat(reopened.dropReason()).isNull();
        assertThatThrownBy(() -> service.update(s.manager, s.id(), id, ActionPatch.of(ActionPatch.STATUS, "finished")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in_progress");
    }

    @Test
    void auditors_and_trainers_read_the_plan_but_may_not_change_it() {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met");
        Actor auditor = s.user(Role.AUDITOR);
        Actor trainer = s.user(Role.TRAINER);
        ActionPlan seen = service.plan(auditor, s.id());
        assertThat(seen.editable()).isFalse();
        assertThat(service.plan(trainer, s.id()).actions()).hasSize(1);
        assertThat(service.plan(s.manager, s.id()).editable()).isTrue();
        long id = seen.actions().get(0).id();

        assertThatThrownBy(() -> service.update(auditor, s.id(), id, ActionPatch.of(ActionPatch.OWNER, "Auditor")))
                .isInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(((ForbiddenException) e).kind()).isEqualTo(org.childsafe.kernel.Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.update(trainer, s.id(), id, ActionPatch.of(ActionPatch.OWNER, "Trainer")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_manager_of_another_organisation_gets_not_found() {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met");
        PlanScenario other = PlanScenario.start(context);
        long id = action(service.plan(s.manager, s.id()), "P1").id();

        assertThatThrownBy(() -> service.plan(other.manager, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(other.manager, s.id(), id, ActionPatch.of(ActionPatch.OWNER, "X")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(other.manager, other.id(), id, ActionPatch.of(ActionPatch.OWNER, "X")))
                .as("an action of another assessment").isInstanceOf(NotFoundException.class);
    }
}
