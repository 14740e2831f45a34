package org.childsafe.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Calls the API and gives back the status and body whatever the status is (no exception for 4xx). */
public final class Http {

    private Http() {
    }

    /** An answer: the status and the body as text (empty when there was none). */
    public record Answer(int status, String body) {

        public Map<String, Object> json() {
            return read(Argument.mapOf(String.class, Object.class));
        }

        public List<Map<String, Object>> jsonList() {
            return read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        }

        private <T> T read(Argument<T> type) {
            try {
                return JsonMapper.createDefault().readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public static Answer call(HttpClient client, MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(response.getStatus().getCode(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
