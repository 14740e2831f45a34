package org.childsafe.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers and the session cookie, on the UI (Vaadin servlet) and the API (Micronaut servlet). */
@MicronautTest
class SecurityHeadersIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;

    static void assertHardened(HttpResponse<?> response) {
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeaders().names()).noneMatch(n -> n.equalsIgnoreCase("Server")
                || n.equalsIgnoreCase("X-Powered-By"));
    }

    @Test
    void the_ui_page_carries_a_policy_vaadin_works_with_and_cannot_be_framed() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        assertHardened(page);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(page.header("Strict-Transport-Security")).as("plain HTTP without app.security.tls").isNull();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_not_secure_without_tls() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        List<String> cookies = page.getHeaders().getAll("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void api_answers_carry_the_headers_and_are_not_cached() {
        HttpResponse<String> health = client.toBlocking().exchange(HttpRequest.GET("/api/health"), String.class);
        assertHardened(health);
        assertThat(health.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(health.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void an_error_page_of_the_server_itself_names_no_version() throws Exception {
        String answer = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("10.1.");
    }

    @Test
    void an_api_error_names_no_version_either() {
        String answer = org.childsafe.support.Http.call(client, HttpRequest.GET("/api/no-such-thing")).body();
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("micronaut");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
