package org.childsafe.framework;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.platform.web.ApiError;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class FrameworkApiIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    IdentityService identity;

    private static MutableHttpRequest<byte[]> post(String yaml, String contentType) {
        return HttpRequest.POST("/api/frameworks", yaml.getBytes(StandardCharsets.UTF_8)).contentType(contentType);
    }

    private static <T> MutableHttpRequest<T> asAdmin(MutableHttpRequest<T> request) {
        return request.basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    private HttpResponse<Map> send(MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(ApiError.class));
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> send(request));
    }

    private static ApiError errorOf(HttpClientResponseException e) {
        return e.getResponse().getBody(ApiError.class).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_holds_the_four_shipped_frameworks_with_english_and_thai_titles() {
        List<Map<String, Object>> list = client.toBlocking().retrieve(
                asAdmin(HttpRequest.GET("/api/frameworks")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(list).extracting(m -> m.get("framework") + "@" + m.get("version"))
                .contains("cso-core@2026.1", "national-principles@2019.1", "the-code@2026.1", "psea-core@2026.1");
        Map<String, Object> core = list.stream().filter(m -> "cso-core".equals(m.get("framework"))).findFirst().orElseThrow();
        assertThat((Map<String, String>) core.get("title")).containsKeys("en", "th");
        assertThat(core).containsOnlyKeys("framework", "version", "title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain",
            "application/yaml; charset=UTF-8"})
    void a_valid_file_is_imported_with_201_under_each_yaml_content_type(String contentType) {
        String code = ApiFiles.uniqueCode();
        HttpResponse<Map> created = send(asAdmin(post(ApiFiles.valid(code, "1"), contentType)));
        assertThat(created.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(created.body()).containsEntry("framework", code).containsEntry("version", "1");
        assertThat(created.getHeaders().get("Location")).endsWith("/api/frameworks/" + code + "/1");
    }

    @Test
    void the_same_bytes_again_are_a_200_no_op_and_other_content_for_that_version_is_a_409() {
        String code = ApiFiles.uniqueCode();
        String yaml = ApiFiles.valid(code, "2026.1");
        assertThat(send(asAdmin(post(yaml, "application/yaml"))).getStatus().getCode()).isEqualTo(201);

        HttpResponse<Map> again = send(asAdmin(post(yaml, "application/yaml")));
        assertThat(again.getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(again.body()).containsEntry("framework", code).containsEntry("version", "2026.1");

        HttpClientResponseException e = refused(asAdmin(post(yaml.replace("There is a policy", "There is a new policy"),
                "application/yaml")));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(errorOf(e).error()).contains(code).contains("2026.1");
    }

    @Test
    void an_invalid_file_is_a_400_listing_every_problem_and_nothing_is_stored() {
        String code = ApiFiles.uniqueCode();
        String yaml = ApiFiles.valid(code, "1")
                .replace("      - code: P2", "      - code: P1")
                .replace("weight: 2", "weight: -1");
        HttpClientResponseException e = refused(asAdmin(post(yaml, "application/yaml")));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        ApiError error = errorOf(e);
        assertThat(error.error()).contains("Nothing was imported");
        assertThat(error.details()).hasSize(2).allSatisfy(d -> {
            assertThat(d.path()).startsWith("domains[0].items[");
            assertThat(d.line()).isPositive();
            assertThat(d.message()).isNotBlank();
        });
        assertThat(error.details()).extracting(ApiError.Detail::path, ApiError.Detail::line, ApiError.Detail::message)
                .contains(org.assertj.core.groups.Tuple.tuple("domains[0].items[1].code", 13, "duplicate item code \"P1\""));

        ApiError thai = errorOf(refused(asAdmin(post(yaml, "application/yaml")).header("Accept-Language", "th")));
        assertThat(thai.details()).extracting(ApiError.Detail::path, ApiError.Detail::line, ApiError.Detail::message)
                .contains(org.assertj.core.groups.Tuple.tuple("domains[0].items[1].code", 13, "รหัสข้อ \"P1\" ซ้ำ"));

        HttpClientResponseException notFound = refused(asAdmin(HttpRequest.GET("/api/frameworks/" + code + "/1")));
        assertThat(notFound.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(client.toBlocking().retrieve(asAdmin(HttpRequest.GET("/api/frameworks")))).doesNotContain(code);
    }

    @Test
    void broken_yaml_and_an_empty_body_are_400s_with_details_not_500s() {
        HttpClientResponseException broken = refused(asAdmin(post("framework: [unclosed\n  title: {", "application/yaml")));
        assertThat(broken.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errorOf(broken).details()).isNotEmpty();

        HttpClientResponseException empty = refused(asAdmin(post("", "application/yaml")));
        assertThat(empty.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(errorOf(empty).details()).isNotEmpty();
    }

    @Test
    void a_json_body_is_an_unsupported_content_type_in_the_error_shape() {
        HttpClientResponseException e = refused(asAdmin(post(ApiFiles.valid(ApiFiles.uniqueCode(), "1"),
                "application/json")));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
        assertThat(errorOf(e).error()).isEqualTo("Unsupported content type");
    }

    @Test
    void a_manager_may_read_but_not_import() {
        String username = TestUsers.create(identity, Role.MANAGER).username();
        HttpClientResponseException e = refused(post(ApiFiles.valid(ApiFiles.uniqueCode(), "1"), "application/yaml")
                .basicAuth(username, TestUsers.PASSWORD));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(errorOf(e).error()).isNotBlank();

        String list = client.toBlocking().retrieve(HttpRequest.GET("/api/frameworks").basicAuth(username, TestUsers.PASSWORD));
        assertThat(list).contains("cso-core");
    }

    @Test
    void without_sign_in_the_list_is_a_401() {
        HttpClientResponseException e = refused(HttpRequest.GET("/api/frameworks"));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void one_version_comes_back_in_the_shape_of_the_file_with_defaults_filled_in() {
        String code = ApiFiles.uniqueCode();
        send(asAdmin(post(ApiFiles.valid(code, "3.0"), "application/yaml")));

        Map<String, Object> body = client.toBlocking().retrieve(asAdmin(HttpRequest.GET("/api/frameworks/" + code + "/3.0")),
                Argument.mapOf(String.class, Object.class));
        assertThat(body).containsEntry("framework", code).containsEntry("version", "3.0")
                .containsEntry("indicative", false).containsKeys("title", "scale", "bands", "domains");
        assertThat((Map<String, Object>) body.get("scale")).containsEntry("id", "met-partial");
        assertThat((List<Object>) body.get("bands")).hasSize(4);
        Map<String, Object> domain = ((List<Map<String, Object>>) body.get("domains")).get(0);
        assertThat(((Number) domain.get("weight")).doubleValue()).isEqualTo(1.0);
        List<Map<String, Object>> items = (List<Map<String, Object>>) domain.get("items");
        Map<String, Object> p1 = items.get(0);
        assertThat(p1).containsEntry("code", "P1").containsEntry("critical", true)
                .containsEntry("evidenceRequired", true).containsEntry("naAllowed", false)
                .containsEntry("replaces", List.of("P1")).containsEntry("actions", List.of());
        assertThat(((Number) p1.get("weight")).doubleValue()).isEqualTo(1.0);
        assertThat((Map<String, String>) p1.get("text")).containsEntry("en", "There is a policy");
        Map<String, Object> p2 = items.get(1);
        assertThat(p2).containsEntry("critical", false).containsEntry("evidenceRequired", false)
                .containsEntry("naAllowed", true);
        assertThat(((Number) p2.get("weight")).doubleValue()).isEqualTo(2.0);
        assertThat(p2.get("actions")).asList().hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_file_in_english_only_is_imported_listed_read_back_and_imported_again_as_a_no_op() {
        String code = ApiFiles.uniqueCode();
        String yaml = "framework: " + code + "\nversion: \"1\"\ntitle: {en: English only}\ndomains:\n"
                + "  - code: P\n    title: {en: Policy}\n    items:\n      - code: P1\n        text: {en: A policy}\n";
        assertThat(send(asAdmin(post(yaml, "application/yaml"))).getStatus().getCode()).isEqualTo(201);
        assertThat(send(asAdmin(post(yaml, "application/yaml"))).getStatus().getCode()).isEqualTo(200);

        List<Map<String, Object>> list = client.toBlocking().retrieve(asAdmin(HttpRequest.GET("/api/frameworks")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(list).filteredOn(m -> code.equals(m.get("framework"))).singleElement()
                .satisfies(m -> assertThat((Map<String, String>) m.get("title")).containsExactly(Map.entry("en", "English only")));
        Map<String, Object> body = client.toBlocking().retrieve(asAdmin(HttpRequest.GET("/api/frameworks/" + code + "/1")),
                Argument.mapOf(String.class, Object.class));
        assertThat((Map<String, String>) body.get("title")).containsExactly(Map.entry("en", "English only"));
    }

    @Test
    void an_unknown_framework_or_version_is_a_404() {
        assertThat(refused(asAdmin(HttpRequest.GET("/api/frameworks/no-such-framework/1"))).getStatus().getCode())
                .isEqualTo(404);
        assertThat(refused(asAdmin(HttpRequest.GET("/api/frameworks/cso-core/1999.9"))).getStatus().getCode())
                .isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_diff_of_two_versions_lists_added_removed_changed_and_carried_on_items() {
        String code = ApiFiles.uniqueCode();
        send(asAdmin(post(ApiFiles.valid(code, "1"), "application/yaml")));
        String next = ApiFiles.valid(code, "2")
                .replace("There is a policy", "There is an approved policy")
                .replace("      - code: P2", "      - code: P3\n        replaces: [P2]")
                + "      - code: P9\n        text: {en: New}\n";
        send(asAdmin(post(next, "application/yaml")));

        Map<String, Object> diff = client.toBlocking().retrieve(
                asAdmin(HttpRequest.GET("/api/frameworks/" + code + "/1/diff/2")), Argument.mapOf(String.class, Object.class));
        assertThat(diff).containsEntry("framework", code).containsEntry("from", "1").containsEntry("to", "2")
                .containsEntry("added", List.of("P9")).containsEntry("removed", List.of());
        assertThat((List<Map<String, Object>>) diff.get("changed")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("code", "P1").containsEntry("fields", List.of("text")));
        assertThat((List<Map<String, Object>>) diff.get("carriedOn")).extracting(c -> c.get("code") + "<" + c.get("previousCodes"))
                .containsExactly("P1<[P1]", "P3<[P2]");
    }
}
