package org.childsafe.platform;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** No request can send more than its cap (the number of uploads at once: {@code RequestLimitsTest}). */
@MicronautTest(transactional = false)
@Property(name = "app.limits.api-request-bytes", value = "1048576")
class RequestLimitsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    FrameworkLibrary library;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_request_that_says_it_is_too_large_is_refused_before_it_is_read() throws Exception {
        int before = library.list().size();
        HttpResponse<String> api = http.send(to("/api/frameworks").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("\"error\":\"The request is too large (at most 1 MB)\"");

        HttpResponse<String> ui = http.send(to("/").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[7 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(413);
        assertThat(library.list()).hasSize(before);
    }

    @Test
    void a_request_without_a_length_is_cut_off_at_the_cap() throws Exception {
        int before = library.list().size();
        InputStream endless = new InputStream() {
            long left = 3L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
        HttpResponse<String> answer;
        try {
            answer = http.send(to("/api/frameworks").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isBetween(400, 599);
        } catch (java.io.IOException closed) {
            // the server may close the connection instead of answering: also fine
        }
        assertThat(library.list()).as("nothing stored").hasSize(before);
        assertThat(http.send(to("/api/health").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }
}
