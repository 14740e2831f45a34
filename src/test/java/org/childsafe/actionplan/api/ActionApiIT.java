package org.childsafe.actionplan.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.actionplan.PlanScenario;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.platform.web.ApiError;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class ActionApiIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ApplicationContext context;

    private static <T> MutableHttpRequest<T> as(Actor actor, MutableHttpRequest<T> request) {
        return request.basicAuth(actor.username(), TestUsers.PASSWORD);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Map<String, Object>> actions(Actor actor, long assessmentId, String query) {
        return (List) client.toBlocking().retrieve(as(actor, HttpRequest.GET("/api/assessments/" + assessmentId
                + "/actions" + query)), Argument.listOf(Map.class));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> patch(Actor actor, long assessmentId, Object actionId, Map<String, Object> body) {
        try {
            return client.toBlocking().retrieve(as(actor, HttpRequest.PATCH("/api/assessments/" + assessmentId
                    + "/actions/" + actionId, body)), Argument.of(Map.class), Argument.of(ApiError.class));
        } catch (HttpClientResponseException e) {
            throw new AssertionError("PATCH refused: " + e.getStatus() + " " + e.getResponse().getBody(ApiError.class), e);
        }
    }

    private HttpClientResponseException refused(Actor actor, long assessmentId, Object actionId, Map<String, Object> body) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                as(actor, HttpRequest.PATCH("/api/assessments/" + assessmentId + "/actions/" + actionId, body)),
                Argument.of(Map.class), Argument.of(ApiError.class)));
    }

    private static ApiError error(HttpClientResponseException e) {
        return e.getResponse().getBody(ApiError.class).orElseThrow();
    }

    @Test
    void the_plan_is_an_ordered_list_with_the_contract_fields() {
        PlanScenario s = PlanScenario.start(context).answer("P2", "partial").answer("P3", "not_met")
                .answer("E1", "not_met");
        List<Map<String, Object>> list = actions(s.manager, s.id(), "");

        assertThat(list).extracting(a -> a.get("itemCode")).containsExactly("E1", "P3", "P2");
        assertThat(list).extracting(a -> a.get("priority")).containsExactly("urgent", "high", "normal");
        Map<String, Object> first = list.get(0);
        assertThat(first).containsKeys("id", "itemCode", "priority", "text", "owner", "dueDate", "status",
                "firstStep", "resources", "completionIndicator", "overdue");
        assertThat(first.get("status")).isEqualTo("open");
        assertThat((String) first.get("dueDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat((String) first.get("text")).startsWith("Appoint");
        assertThat((String) actions(s.manager, s.id(), "?lang=th").get(0).get("text")).matches(".*[\\u0E00-\\u0E7F].*");
    }

    @Test
    void patch_changes_the_fields_people_write_and_a_past_due_date_is_accepted_and_flagged() {
        PlanScenario s = PlanScenario.start(context).answer("P3", "not_met");
        Object id = actions(s.manager, s.id(), "").get(0).get("id");
        Map<String, Object> body = new HashMap<>();
        body.put("owner", "Khun Malee");
        body.put("dueDate", "2020-01-31");
        body.put("firstStep", "Ask the children's council");
        body.put("resources", "Poster paper");
        body.put("completionIndicator", "Poster on the wall");
        body.put("status", "in_progress");

        Map<String, Object> updated = patch(s.manager, s.id(), id, body);

        assertThat(updated).containsEntry("owner", "Khun Malee").containsEntry("dueDate", "2020-01-31")
                .containsEntry("status", "in_progress").containsEntry("overdue", true)
                .containsEntry("completionIndicator", "Poster on the wall");
        Map<String, Object> cleared = client.toBlocking().retrieve(as(s.manager, HttpRequest.PATCH("/api/assessments/"
                + s.id() + "/actions/" + id, "{\"owner\": null}").contentType("application/json")), Map.class);
        assertThat(cleared).containsEntry("firstStep", "Ask the children's council")
                .containsEntry("owner", null);
        assertThat(actions(s.manager, s.id(), "").get(0)).containsEntry("resources", "Poster paper");
    }

    @Test
    void bad_changes_are_400_with_the_field_named() {
        PlanScenario s = PlanScenario.start(context).answer("P3", "not_met");
        Object id = actions(s.manager, s.id(), "").get(0).get("id");

        HttpClientResponseException unknown = refused(s.manager, s.id(), id, Map.of("status", "finished"));
        assertThat(unknown.getStatus().getCode()).isEqualTo(400);
        assertThat(error(unknown).details()).extracting(ApiError.Detail::path).containsExactly("status");

        HttpClientResponseException noReason = refused(s.manager, s.id(), id, Map.of("status", "dropped"));
        assertThat(noReason.getStatus().getCode()).isEqualTo(400);
        assertThat(error(noReason).details()).extracting(ApiError.Detail::path).containsExactly("dropReason");

        assertThat(refused(s.manager, s.id(), id, Map.of("dueDate", "31/01/2026")).getStatus().getCode()).isEqualTo(400);
        assertThat(refused(s.manager, s.id(), id, Map.of("colour", "red")).getStatus().getCode()).isEqualTo(400);
        assertThat(refused(s.manager, s.id(), id, Map.of("owner", 42)).getStatus().getCode()).isEqualTo(400);

        assertThat(patch(s.manager, s.id(), id, Map.of("status", "dropped", "dropReason", "Done by the network")))
                .containsEntry("status", "dropped").containsEntry("overdue", false);
    }

    @Test
    void auditors_may_read_but_not_patch_and_other_managers_see_nothing() {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met");
        Actor auditor = s.user(Role.AUDITOR);
        Object id = actions(auditor, s.id(), "").get(0).get("id");
        assertThat(refused(auditor, s.id(), id, Map.of("owner", "Me")).getStatus().getCode()).isEqualTo(403);

        Actor stranger = PlanScenario.start(context).manager;
        assertThat(refused(stranger, s.id(), id, Map.of("owner", "Me")).getStatus().getCode()).isEqualTo(404);
        HttpClientResponseException list = assertThrows(HttpClientResponseException.class,
                () -> actions(stranger, s.id(), ""));
        assertThat(list.getStatus().getCode()).isEqualTo(404);
        assertThat(refused(s.manager, s.id(), 999_999_999L, Map.of("owner", "Me")).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void the_plan_and_the_answers_download_as_pdf_csv_and_xlsx() {
        PlanScenario s = PlanScenario.start(context).answer("P1", "not_met").answer("P2", "partial");
        String base = "/api/assessments/" + s.id();

        HttpResponse<byte[]> pdf = client.toBlocking().exchange(as(s.manager, HttpRequest.GET(base + "/actions.pdf?lang=th")), byte[].class);
        assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("attachment").contains(".pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        byte[] csv = client.toBlocking().retrieve(as(s.manager, HttpRequest.GET(base + "/actions.csv")), byte[].class);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFPriority,").contains("P1").contains("P2");

        byte[] xlsx = client.toBlocking().retrieve(as(s.manager, HttpRequest.GET(base + "/actions.xlsx")), byte[].class);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        String answers = new String(client.toBlocking().retrieve(as(s.manager, HttpRequest.GET(base
                + "/answers.csv?lang=th")), byte[].class), StandardCharsets.UTF_8);
        assertThat(answers).contains("not_met").contains("partial").contains("นโยบาย");
        byte[] answersXlsx = client.toBlocking().retrieve(as(s.manager, HttpRequest.GET(base + "/answers.xlsx")), byte[].class);
        assertThat(new String(answersXlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        HttpClientResponseException badLang = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(as(s.manager, HttpRequest.GET(base + "/actions.pdf?lang=fr")), byte[].class));
        assertThat(badLang.getStatus().getCode()).isEqualTo(400);
    }
}
