package org.childsafe.actionplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.actionplan.PlanScenario;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.kernel.Role;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.support.TestUsers;
import org.childsafe.identity.service.IdentityService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Browserless tests of the plan page: editing saves at once, dropping needs a reason, read-only for auditors. */
@MicronautTest(startApplication = false, transactional = false)
class ActionPlanViewTest extends org.childsafe.support.ViewTestBase {

    private PlanScenario scenario;

    @Override
    protected Role signedInRole() {
        return null;
    }

    @Override
    protected void beforeEachView() {
        scenario = PlanScenario.start(context).answer("P1", "not_met").answer("P3", "not_met").answer("P2", "partial");
    }

    private void open(org.childsafe.kernel.Actor who) {
        CurrentUser.set(who);
        UI.getCurrent().navigate("assessments/" + scenario.id() + "/actions");
    }

    private ActionItem stored(String itemCode) {
        return context.getBean(ActionPlanService.class).plan(scenario.manager, scenario.id()).actions().stream()
                .filter(a -> a.itemCode().equals(itemCode)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editing_the_owner_first_step_and_status_stores_them_at_once() {
        open(scenario.manager);
        assertThat(_find(H2.class, spec -> spec.withId("group-urgent"))).hasSize(1);

        _setValue(_get(TextField.class, spec -> spec.withId("action-owner-P1")), "Khun Somsri");
        assertThat(stored("P1").owner()).isEqualTo("Khun Somsri");
        assertThat(_get(Span.class, spec -> spec.withId("action-saved-P1")).getText()).contains("Saved");

        _setValue(_get(TextArea.class, spec -> spec.withId("action-first-step-P1")), "Book the board meeting");
        _setValue(_get(Select.class, spec -> spec.withId("action-status-P1")), ActionStatus.IN_PROGRESS);
        ActionItem p1 = stored("P1");
        assertThat(p1.firstStep()).isEqualTo("Book the board meeting");
        assertThat(p1.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_dropped_without_a_reason_is_refused_and_asks_for_one() {
        open(scenario.manager);
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withId("action-status-P3"));
        _setValue(status, ActionStatus.DROPPED);

        assertThat(status.isInvalid()).isTrue();
        assertThat(status.getErrorMessage()).contains("why");
        TextField reason = _get(TextField.class, spec -> spec.withId("action-drop-reason-P3"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(stored("P3").status()).isEqualTo(ActionStatus.OPEN);

        _setValue(reason, "The network runs this for all its members");
        assertThat(stored("P3").status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(stored("P3").dropReason()).isEqualTo("The network runs this for all its members");
        assertThat(status.isInvalid()).isFalse();
    }

    @Test
    void a_past_due_date_marks_the_action_overdue_in_words() {
        open(scenario.manager);
        Span overdue = _get(ActionCard.class, spec -> spec.withId("action-P2")).overdueBadge();
        assertThat(overdue.isVisible()).isFalse();
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due-P2")), LocalDate.of(2020, 1, 31));
        assertThat(overdue.isVisible()).isTrue();
        assertThat(overdue.getText()).isEqualTo("Overdue");
        assertThat(_get(Span.class, spec -> spec.withId("action-plan-counts")).getText()).contains("1 overdue");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtering_by_owner_shows_only_their_actions() {
        open(scenario.manager);
        _setValue(_get(TextField.class, spec -> spec.withId("action-owner-P3")), "Khun Anan");
        com.vaadin.flow.component.combobox.ComboBox<String> owner =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("filter-owner"));
        _setValue(owner, "Khun Anan");
        assertThat(_find(TextField.class, spec -> spec.withId("action-owner-P3"))).hasSize(1);
        assertThat(_find(TextField.class, spec -> spec.withId("action-owner-P1"))).isEmpty();
        _setValue(_get(Select.class, spec -> spec.withId("filter-status")), "done");
        assertThat(_find(Paragraph.class, spec -> spec.withId("action-plan-no-match"))).hasSize(1);
    }

    @Test
    void auditors_see_the_plan_read_only_with_the_downloads() {
        open(TestUsers.create(context.getBean(IdentityService.class), Role.AUDITOR, scenario.organisation.id()));
        assertThat(_find(Paragraph.class, spec -> spec.withId("action-plan-read-only"))).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("action-owner-P1")).isReadOnly()).isTrue();
        assertThat(List.of("download-pdf", "download-csv", "download-xlsx", "download-answers-csv",
                "download-answers-xlsx")).allSatisfy(id -> assertThat(_find(Anchor.class, spec -> spec.withId(id))).hasSize(1));
    }

    @Test
    void a_stranger_sees_not_found() {
        open(PlanScenario.start(context).manager);
        assertThat(_find(org.childsafe.ui.view.NotFoundView.class)).hasSize(1);
    }
}
