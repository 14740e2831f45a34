package org.childsafe.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.platform.web.ApiError;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The whole assessment flow through the REST API, as docs/api.md describes it. */
@MicronautTest(transactional = false)
public class AssessmentFlowIT {

    public static final List<String> CSO_CRITICAL = List.of("P1", "E1", "E2", "E3", "E6", "R1", "R6", "R8", "A1");

    @Inject
    @Client("/")
    HttpClient client;

    String manager;
    String auditor;
    long organisationId;

    @BeforeEach
    void organisationWithAManagerAndAnAuditor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisationId = id(call(HttpRequest.POST("/api/organisations", Map.of("name", "Flow shelter " + suffix)),
                TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
        manager = "flow-manager-" + suffix;
        auditor = "flow-auditor-" + suffix;
        call(HttpRequest.POST("/api/users", Map.of("username", manager, "password", TestUsers.PASSWORD,
                "role", "manager", "organisationIds", List.of(organisationId))), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        call(HttpRequest.POST("/api/users", Map.of("username", auditor, "password", TestUsers.PASSWORD,
                "role", "auditor", "organisationIds", List.of(organisationId))), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    private HttpResponse<Map> call(MutableHttpRequest<?> request, String user, String password) {
        return client.toBlocking().exchange(request.basicAuth(user, password), Map.class);
    }

    private HttpResponse<Map> asManager(MutableHttpRequest<?> request) {
        return call(request, manager, TestUsers.PASSWORD);
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request, String user) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                request.basicAuth(user, user.equals(TestUsers.ADMIN) ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD),
                Argument.of(Map.class), Argument.of(ApiError.class)));
    }

    private static long id(HttpResponse<Map> response) {
        return ((Number) response.body().get("id")).longValue();
    }

    private long start() {
        HttpResponse<Map> created = asManager(HttpRequest.POST("/api/assessments",
                Map.of("organisationId", organisationId, "framework", "cso-core", "version", "2026.1")));
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        return id(created);
    }

    private HttpResponse<Map> answer(long id, String item, Map<String, ?> body) {
        return asManager(HttpRequest.PUT("/api/assessments/" + id + "/answers/" + item, body));
    }

    @Test
    void a_manager_answers_submits_and_an_auditor_reviews_and_verifies() {
        long id = start();
        HttpResponse<Map> stored = answer(id, "P1", Map.of("answer", "met", "comment", "Board minute 12/2025",
                "evidence", List.of(Map.of("description", "Signed policy", "reference", "Office file 3"))));
        assertThat(stored.body()).containsEntry("answer", "met").containsEntry("comment", "Board minute 12/2025");
        assertThat((List<?>) stored.body().get("evidence")).hasSize(1);

        // submission refused while critical items are unanswered, naming them
        HttpClientResponseException blocked = refused(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of()), manager);
        assertThat(blocked.getStatus().getCode()).isEqualTo(400);
        assertThat(blocked.getResponse().getBody(ApiError.class).orElseThrow().error()).contains("E1").doesNotContain("P1,");

        for (String code : CSO_CRITICAL.subList(1, CSO_CRITICAL.size())) {
            answer(id, code, Map.of("answer", "not_met"));
        }
        assertThat(asManager(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of())).getStatus().getCode())
                .isEqualTo(200);

        // locked for the organisation once submitted
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P2", Map.of("answer", "met")), manager)
                .getStatus().getCode()).isEqualTo(409);

        // an auditor must comment; the first review moves the assessment into review
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/reviews/E1", Map.of("answer", "partial")), auditor)
                .getStatus().getCode()).isEqualTo(400);
        call(HttpRequest.PUT("/api/assessments/" + id + "/reviews/E1", Map.of("answer", "partial",
                "comment", "A focal point is named but not yet trained")), auditor, TestUsers.PASSWORD);
        Map<?, ?> assessment = call(HttpRequest.GET("/api/assessments/" + id), manager, TestUsers.PASSWORD).body();
        assertThat(assessment.get("status")).isEqualTo("in_review");

        Map<?, ?> score = call(HttpRequest.GET("/api/assessments/" + id + "/score"), manager, TestUsers.PASSWORD).body();
        assertThat(score.get("rating")).isEqualTo("critical_gaps");
        assertThat(score.get("self")).as("self result shown once reviewed").isNotNull();
        assertThat((List<?>) score.get("domains")).hasSize(4);
        assertThat(score.get("source")).as("in review, the submitted result is served as stored").isEqualTo("submitted");
        assertThat(((Map<?, ?>) score.get("preview")).get("items").toString()).as("the review shows in the preview")
                .contains("code=E1, value=0.5, flags=[reviewed]");
        assertThat(((Map<?, ?>) score.get("completeness")).get("items")).isEqualTo(38);

        call(HttpRequest.POST("/api/assessments/" + id + "/verify", Map.of()), auditor, TestUsers.PASSWORD);
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/reviews/E2", Map.of("answer", "met",
                "comment", "late")), auditor).getStatus().getCode()).isEqualTo(409);
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/reviews/E2", Map.of("answer", "met",
                "comment", "admin too")), TestUsers.ADMIN).getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void bad_answers_are_refused_with_the_field_and_nothing_is_stored() {
        long id = start();
        HttpClientResponseException unknownAnswer = refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P2",
                Map.of("answer", "maybe")), manager);
        assertThat(unknownAnswer.getStatus().getCode()).isEqualTo(400);
        assertThat(unknownAnswer.getResponse().getBody(ApiError.class).orElseThrow().details())
                .extracting(ApiError.Detail::path).containsExactly("answer");

        HttpClientResponseException naWithoutReason = refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P2",
                Map.of("answer", "na")), manager);
        assertThat(naWithoutReason.getStatus().getCode()).isEqualTo(400);
        assertThat(naWithoutReason.getResponse().getBody(ApiError.class).orElseThrow().details())
                .extracting(ApiError.Detail::path).containsExactly("naReason");

        HttpClientResponseException naOnCritical = refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P1",
                Map.of("answer", "na", "naReason", "we have no board")), manager);
        assertThat(naOnCritical.getStatus().getCode()).isEqualTo(400);

        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/ZZ9", Map.of("answer", "met")), manager)
                .getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.PUT("/api/assessments/999999/answers/P1", Map.of("answer", "met")), manager)
                .getStatus().getCode()).isEqualTo(404);

        Map<?, ?> score = call(HttpRequest.GET("/api/assessments/" + id + "/score"), manager, TestUsers.PASSWORD).body();
        assertThat(score.get("score")).as("nothing stored, nothing scored").isNull();
    }

    @Test
    void roles_and_tenancy_are_enforced_on_the_server() {
        long id = start();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long otherOrg = id(call(HttpRequest.POST("/api/organisations", Map.of("name", "Other home " + suffix)),
                TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
        String stranger = "stranger-" + suffix;
        call(HttpRequest.POST("/api/users", Map.of("username", stranger, "password", TestUsers.PASSWORD,
                "role", "manager", "organisationIds", List.of(otherOrg))), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        assertThat(refused(HttpRequest.GET("/api/assessments/" + id), stranger).getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.GET("/api/assessments/" + id + "/score"), stranger).getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P1", Map.of("answer", "met")), stranger)
                .getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/answers/P1", Map.of("answer", "met")), auditor)
                .getStatus().getCode()).as("auditors review, they do not answer").isEqualTo(403);
        assertThat(refused(HttpRequest.POST("/api/assessments", Map.of("organisationId", otherOrg, "framework",
                "cso-core", "version", "2026.1")), manager).getStatus().getCode()).isEqualTo(404);
        assertThat(refused(HttpRequest.PUT("/api/assessments/" + id + "/reviews/P1", Map.of("answer", "met",
                "comment", "x")), manager).getStatus().getCode()).isEqualTo(403);
    }
}
