package org.childsafe.organisation;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.platform.web.ApiError;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class OrganisationApiIT {

    @Inject
    @Client("/")
    HttpClient client;

    private HttpClientResponseException refused(io.micronaut.http.MutableHttpRequest<?> request) {
        request.basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        return assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(ApiError.class)));
    }

    @Test
    void creating_an_organisation_returns_201_with_its_id_and_it_can_be_read_back() {
        String name = "Baan Chiang Rai " + UUID.randomUUID();
        HttpResponse<Map> created = client.toBlocking().exchange(
                HttpRequest.POST("/api/organisations", Map.of("name", name, "type", "shelter")).basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD), Map.class);
        assertThat(created.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        Number id = (Number) created.body().get("id");

        @SuppressWarnings("unchecked") Map<String, Object> read = client.toBlocking().retrieve(HttpRequest.GET("/api/organisations/" + id).basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD), Map.class);
        assertThat(read).containsEntry("name", name).containsEntry("type", "shelter").containsEntry("country", "TH");
    }

    @Test
    void a_blank_name_is_refused_naming_the_field() {
        HttpClientResponseException e = refused(HttpRequest.POST("/api/organisations", Map.of("name", "  ")));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        ApiError error = e.getResponse().getBody(ApiError.class).orElseThrow();
        assertThat(error.error()).isEqualTo("name is required");
        assertThat(error.details()).extracting(ApiError.Detail::path).containsExactly("name");
    }

    @Test
    void an_unknown_type_and_a_bad_country_are_both_reported() {
        HttpClientResponseException e = refused(HttpRequest.POST("/api/organisations",
                Map.of("name", "X " + UUID.randomUUID(), "type", "castle", "country", "Thailand")));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(ApiError.class).orElseThrow().details())
                .extracting(ApiError.Detail::path).containsExactlyInAnyOrder("type", "country");
    }

    @Test
    void a_duplicate_name_is_a_conflict() {
        String name = "Duplicate " + UUID.randomUUID();
        client.toBlocking().exchange(HttpRequest.POST("/api/organisations", Map.of("name", name))
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD), Map.class);
        HttpClientResponseException e = refused(HttpRequest.POST("/api/organisations", Map.of("name", name.toUpperCase())));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void malformed_json_is_a_400_not_a_500() {
        HttpClientResponseException e = refused(HttpRequest.POST("/api/organisations", "{bad")
                .contentType("application/json"));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }
}
