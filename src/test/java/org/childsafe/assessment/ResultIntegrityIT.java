package org.childsafe.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childsafe.actionplan.PlanScenario;
import org.childsafe.actionplan.export.PlanExports;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.LegacySnapshots;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.scoring.Scoring;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored result is served, never recomputed: on the API, to the result page's service, in exports and the
 * PDF (docs/scoring.md, "Which result is shown").
 */
@MicronautTest(transactional = false)
class ResultIntegrityIT {

    @Inject
    ApplicationContext context;
    @Inject
    AssessmentQueries queries;
    @Inject
    ActionPlanService plans;
    @Inject
    PlanExports exports;
    @Inject
    DataSource dataSource;
    @Inject
    @Client("/")
    HttpClient client;

    /** Met with evidence on every critical item, E2 reviewed down to partial, verified. */
    private PlanScenario verified() {
        PlanScenario s = PlanScenario.start(context).answerCritical("met").answer("P2", "partial").submit();
        Actor auditor = s.user(Role.AUDITOR);
        return s.review(auditor, "E2", "partial", "The code of conduct is signed by half of the staff").verify(auditor);
    }

    @Test
    void the_result_of_a_verified_assessment_does_not_move_when_its_live_inputs_change_underneath() throws Exception {
        PlanScenario s = verified();
        ServedResult before = queries.result(s.manager, s.id());
        assertThat(before.source()).isEqualTo(ResultSource.VERIFIED);
        assertThat(before.methodVersion()).isEqualTo(Scoring.METHOD_VERSION);
        Map<?, ?> apiBefore = score(s);
        String pdfBefore = pdfText(s);
        assertThat(pdfBefore).contains(String.format(java.util.Locale.ROOT, "%.1f", before.result().effective().roundedScore()));

        // someone with database access (or a bug) changes what the result was computed from
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE answer SET answer = 'not_met' WHERE assessment_id = " + s.id());
            st.executeUpdate("DELETE FROM evidence WHERE assessment_id = " + s.id());
            st.executeUpdate("UPDATE review SET answer = 'met' WHERE assessment_id = " + s.id());
        }
        assertThat(org.childsafe.assessment.service.Results.live(queries.details(s.manager, s.id())).effective().rating())
                .as("the live inputs now give another result").isEqualTo(Scoring.CRITICAL_GAPS);

        ServedResult after = queries.result(s.manager, s.id());
        assertThat(after.result()).isEqualTo(before.result());
        assertThat(score(s)).isEqualTo(apiBefore);
        assertThat(pdfText(s)).isEqualTo(pdfBefore);
        assertThat(plans.plan(s.manager, s.id()).effective()).isEqualTo(before.result().effective());
    }

    @Test
    void a_submitted_assessment_serves_its_submitted_snapshot_and_the_review_shows_only_as_a_preview() {
        PlanScenario s = PlanScenario.start(context).answerCritical("met").submit();
        StoredResult submitted = queries.snapshots(s.manager, s.id()).get(0);
        Actor auditor = s.user(Role.AUDITOR);
        s.review(auditor, "P1", "not_met", "No board minute could be found");

        ServedResult served = queries.result(auditor, s.id());
        assertThat(served.source()).isEqualTo(ResultSource.SUBMITTED);
        assertThat(served.result()).isEqualTo(submitted.result());
        assertThat(served.preview().effective().rating()).isEqualTo(Scoring.CRITICAL_GAPS);
        assertThat(served.result().effective().rating()).isNotEqualTo(Scoring.CRITICAL_GAPS);
    }

    @Test
    void a_snapshot_reads_back_exactly_as_it_was_computed_with_both_perspectives() {
        PlanScenario s = verified();
        StoredResult verified = queries.snapshots(s.manager, s.id()).get(1);
        var live = org.childsafe.assessment.service.Results.live(queries.details(s.manager, s.id()));
        assertThat(verified.kind()).isEqualTo(ResultSource.VERIFIED);
        assertThat(verified.result()).as("effective and self, every domain and item, flags and counts").isEqualTo(live);
        assertThat(verified.result().self()).isNotNull();
    }

    @Test
    void a_review_applies_to_the_answer_it_reviewed_not_to_a_later_one() {
        PlanScenario s = PlanScenario.start(context).answerCritical("met").answer("P2", "met").submit();
        Actor auditor = s.user(Role.AUDITOR);
        s.review(auditor, "P2", "not_met", "There is no written code").returnToOrganisation(auditor, "Please look at P2");
        assertThat(queries.result(s.manager, s.id()).result().effective().item("P2").orElseThrow().value())
                .as("returned, unchanged answer: the review still stands").isEqualTo(0.0);

        s.answerWithEvidence("P2", "partial");
        assertThat(queries.result(s.manager, s.id()).result().effective().item("P2").orElseThrow().value())
                .as("the organisation changed the answer after the review: the new answer counts").isEqualTo(0.5);
        assertThat(queries.details(s.manager, s.id()).currentReview("P2")).isEmpty();
    }

    @Test
    void snapshots_of_the_first_format_are_copied_once_with_nothing_recomputed() throws Exception {
        PlanScenario s = PlanScenario.start(context).answerCritical("met").answer("P2", "partial");
        String json = "{\"score\":91.7,\"band\":\"strong\",\"rating\":\"strong\",\"provisional\":false,"
                + "\"indicative\":false,\"domains\":[{\"code\":\"P\",\"score\":83.3}],\"items\":[{\"code\":\"P1\","
                + "\"value\":1.0,\"flags\":[]},{\"code\":\"P2\",\"value\":0.5,\"flags\":[\"claimed_not_evidenced\"]}],"
                + "\"methodVersion\":\"0.9\"}";
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE assessment SET status = 'submitted', submitted_at = CURRENT_TIMESTAMP WHERE id = "
                        + s.id());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO score_snapshot (assessment_id, kind,"
                    + " method_version, score, rating, result_json, created_at) VALUES (?, 'submitted', '0.9', ?,"
                    + " 'strong', ?, CURRENT_TIMESTAMP)")) {
                ps.setLong(1, s.id());
                ps.setDouble(2, 91.66666);
                ps.setString(3, json);
                ps.executeUpdate();
            }
        }
        LegacySnapshots legacy = context.getBean(LegacySnapshots.class);
        legacy.convert();
        legacy.convert();

        assertThat(queries.snapshots(s.manager, s.id())).as("copied once").hasSize(1);
        ServedResult served = queries.result(s.manager, s.id());
        assertThat(served.methodVersion()).isEqualTo("0.9");
        assertThat(served.result().effective().score()).isEqualTo(91.66666);
        assertThat(served.result().effective().rating()).isEqualTo("strong");
        assertThat(served.result().effective().domain("P").orElseThrow().score()).isEqualTo(83.3);
        assertThat(served.result().effective().item("P2").orElseThrow().flagCodes()).containsExactly("claimed_not_evidenced");
        assertThat(served.result().effective().item("E1").orElseThrow().flagCodes()).containsExactly("unanswered");
    }

    private Map<?, ?> score(PlanScenario s) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + s.id() + "/score")
                .basicAuth(s.manager.username(), TestUsers.PASSWORD), Map.class);
    }

    private String pdfText(PlanScenario s) throws IOException {
        byte[] pdf = exports.plan(s.manager, plans.plan(s.manager, s.id()), PlanExports.Format.PDF, "en").bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("Printed: .*", "");
        }
    }
}
