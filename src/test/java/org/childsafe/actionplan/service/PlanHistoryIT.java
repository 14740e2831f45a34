package org.childsafe.actionplan.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.actionplan.PlanScenario;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionKind;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.ResolvedReason;
import org.childsafe.actionplan.export.PlanExports;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People's work on the plan is never deleted or reset, and reading a plan never writes (docs/action-plan.md).
 */
@MicronautTest(transactional = false)
class PlanHistoryIT {

    @Inject
    ApplicationContext context;
    @Inject
    ActionPlanService service;
    @Inject
    PlanExports exports;
    @Inject
    DataSource dataSource;
    @Inject
    @Client("/")
    HttpClient client;

    private static ActionItem action(ActionPlan plan, String itemCode) {
        return plan.actions().stream().filter(a -> a.itemCode().equals(itemCode)).findFirst().orElseThrow();
    }

    @Test
    void an_action_marked_in_progress_survives_a_return_a_closed_gap_a_reopened_gap_and_a_resubmission() {
        // E2 (critical) claimed met without evidence: the plan asks for the evidence
        PlanScenario s = PlanScenario.start(context).answerCritical("met").answerWithoutEvidence("E2", "met");
        ActionItem e2 = action(service.plan(s.manager, s.id()), "E2");
        assertThat(e2.kind()).isEqualTo(ActionKind.EVIDENCE);
        service.update(s.manager, s.id(), e2.id(), ActionPatch.of(ActionPatch.STATUS, "in_progress")
                .and(ActionPatch.OWNER, "Khun Dao").and(ActionPatch.FIRST_STEP, "Ask each staff member to sign"));

        Actor auditor = s.user(Role.AUDITOR);
        s.submit().returnToOrganisation(auditor, "Please attach the signed codes");
        assertThat(action(service.plan(s.manager, s.id()), "E2").status()).as("a return resets nothing")
                .isEqualTo(ActionStatus.IN_PROGRESS);

        s.answerWithEvidence("E2", "met"); // gap closed
        ActionItem closed = action(service.plan(s.manager, s.id()), "E2");
        assertThat(closed.id()).isEqualTo(e2.id());
        assertThat(closed.resolvedReason()).isEqualTo(ResolvedReason.MET);
        assertThat(closed.owner()).isEqualTo("Khun Dao");
        assertThat(closed.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(service.plan(s.manager, s.id()).open()).extracting(ActionItem::itemCode).doesNotContain("E2");

        s.answerWithEvidence("E2", "partial"); // gap reopens: the same action, now from the item's template
        ActionItem back = action(service.plan(s.manager, s.id()), "E2");
        assertThat(back.id()).isEqualTo(e2.id());
        assertThat(back.resolved()).isFalse();
        assertThat(back.kind()).isNotEqualTo(ActionKind.EVIDENCE);
        assertThat(back.firstStep()).isEqualTo("Ask each staff member to sign");

        s.submit();
        ActionItem afterResubmit = action(service.plan(s.manager, s.id()), "E2");
        assertThat(afterResubmit.status()).as("a resubmission never resets an action").isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(afterResubmit.owner()).isEqualTo("Khun Dao");
    }

    @Test
    void unanswered_items_are_still_to_assess_not_actions_and_a_cleared_answer_sets_its_action_aside() {
        PlanScenario s = PlanScenario.start(context).answer("P2", "not_met").answer("P3", "partial");
        ActionPlan plan = service.plan(s.manager, s.id());
        assertThat(plan.open()).extracting(ActionItem::itemCode).as("high before normal").containsExactly("P2", "P3");
        assertThat(plan.stillToAssess()).hasSize(36).extracting(i -> i.code()).doesNotContain("P2", "P3").contains("P1");

        s.answer("P2", null);
        ActionPlan after = service.plan(s.manager, s.id());
        assertThat(action(after, "P2").resolvedReason()).isEqualTo(ResolvedReason.UNANSWERED);
        assertThat(after.stillToAssess()).extracting(i -> i.code()).contains("P2");

        List<Map> api = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + s.id() + "/actions")
                .basicAuth(s.manager.username(), TestUsers.PASSWORD), io.micronaut.core.type.Argument.listOf(Map.class));
        assertThat(api).extracting(m -> m.get("itemCode")).containsExactly("P3");
        List<Map> all = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + s.id()
                + "/actions?include=resolved").basicAuth(s.manager.username(), TestUsers.PASSWORD),
                io.micronaut.core.type.Argument.listOf(Map.class));
        assertThat(all).extracting(m -> m.get("itemCode"), m -> m.get("resolved"), m -> m.get("resolvedReason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P3", false, null),
                        org.assertj.core.groups.Tuple.tuple("P2", true, "unanswered"));
    }

    @Test
    void reading_the_plan_the_score_and_every_export_writes_nothing_but_the_record_of_the_download() throws Exception {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met").answer("P2", "partial");
        // an answer written behind the services' back: the old code "caught up" on the next read and wrote
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE answer SET answer = 'met' WHERE assessment_id = " + s.id() + " AND item_code = 'P2'");
        }
        String before = fingerprint(s.id());
        for (int i = 0; i < 3; i++) {
            ActionPlan plan = service.plan(s.manager, s.id());
            for (PlanExports.Format format : PlanExports.Format.values()) {
                exports.plan(s.manager, plan, format, "th");
                if (format != PlanExports.Format.PDF) {
                    exports.answers(s.manager, plan, format, "en");
                }
            }
            client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + s.id() + "/score")
                    .basicAuth(s.manager.username(), TestUsers.PASSWORD));
            client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + s.id() + "/actions.pdf")
                    .basicAuth(s.manager.username(), TestUsers.PASSWORD), byte[].class);
        }
        assertThat(fingerprint(s.id())).isEqualTo(before);
    }

    /**
     * Everything a read could write for the assessment: its actions, its plan state and the audit trail (but
     * the security events that record who downloaded what, which are kept on purpose).
     */
    private String fingerprint(long assessmentId) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement st = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT id, kind, priority, sort_order, status, resolved_reason, version, updated_at FROM action_item"
                            + " WHERE assessment_id = " + assessmentId + " ORDER BY id",
                    "SELECT updated_at FROM action_plan WHERE assessment_id = " + assessmentId,
                    "SELECT COUNT(*), MAX(id) FROM audit_log WHERE entity_type <> 'security'")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
