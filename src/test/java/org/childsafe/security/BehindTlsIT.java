package org.childsafe.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code app.security.tls=true} (ChildSafe reached over HTTPS): HSTS and a Secure session cookie. */
@MicronautTest
@Property(name = "app.security.tls", value = "true")
class BehindTlsIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void pages_ask_for_https_from_now_on_and_the_session_cookie_is_secure() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        assertThat(page.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        String session = page.getHeaders().getAll("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(session).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        SecurityHeadersIT.assertHardened(page);
    }

    @Test
    void api_answers_ask_for_https_too() {
        HttpResponse<String> health = client.toBlocking().exchange(HttpRequest.GET("/api/health"), String.class);
        assertThat(health.header("Strict-Transport-Security")).startsWith("max-age=");
    }
}
