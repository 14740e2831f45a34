package org.childsafe.platform;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.platform.web.ApiError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
class HealthAndErrorsIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void health_answers_up_without_sign_in() {
        @SuppressWarnings("unchecked") Map<String, Object> body = client.toBlocking().retrieve(HttpRequest.GET("/api/health"), Map.class);
        assertThat(body).containsEntry("status", "UP");
    }

    @Test
    void an_unknown_api_path_is_a_json_404_in_the_contract_shape() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/no-such-thing"), Argument.of(String.class),
                        Argument.of(ApiError.class)));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(e.getResponse().getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(e.getResponse().getBody(ApiError.class)).get().extracting(ApiError::error).isEqualTo("Not found");
    }

    @Test
    void the_openapi_description_is_served_without_sign_in_and_lists_the_contract_endpoints() {
        String yaml = client.toBlocking().retrieve(HttpRequest.GET("/api/openapi.yml"), String.class);
        assertThat(yaml).contains("openapi: 3.", "/api/assessments/{id}/score", "/api/assessments/{id}/answers/{itemCode}",
                "/api/users", "/api/health").doesNotContain("name: actor");
    }
}
