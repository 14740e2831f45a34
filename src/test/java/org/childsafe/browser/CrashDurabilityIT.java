package org.childsafe.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer the API acknowledged survives a crash: the packaged app on an H2 file database is killed
 * with SIGKILL right after the 200, restarted on the same file, and the answer is still there.
 */
@DisabledIfSystemProperty(named = "childsafe.test.database", matches = "postgres")
class CrashDurabilityIT {

    private static final String ADMIN_PASSWORD = "Crash-Kingfisher-Atlas-64";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(PackagedApp app, String method, String path, String user, String password,
                                      String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long id(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void an_acknowledged_answer_survives_a_kill_of_the_server() throws Exception {
        Path dir = Files.createTempDirectory("childsafe-crash");
        Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", "jdbc:h2:file:" + dir.resolve("db"),
                "APP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long assessment;
        PackagedApp first = PackagedApp.start(env);
        try {
            first.awaitHealthy(Duration.ofSeconds(120));
            long org = id(send(first, "POST", "/api/organisations", "admin", ADMIN_PASSWORD, "{\"name\":\"Crash shelter\"}"));
            assertThat(send(first, "POST", "/api/users", "admin", ADMIN_PASSWORD, "{\"username\":\"crash.manager\","
                    + "\"password\":\"Crash-Manager-Heron-58\",\"role\":\"manager\",\"organisationIds\":[" + org + "]}")
                    .statusCode()).isEqualTo(201);
            assessment = id(send(first, "POST", "/api/assessments", "crash.manager", "Crash-Manager-Heron-58",
                    "{\"organisationId\":" + org + ",\"framework\":\"cso-core\",\"version\":\"2026.1\"}"));
            HttpResponse<String> saved = send(first, "PUT", "/api/assessments/" + assessment + "/answers/P2",
                    "crash.manager", "Crash-Manager-Heron-58", "{\"answer\":\"partial\",\"comment\":\"before the crash\"}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        } finally {
            first.kill();
        }
        try (PackagedApp second = PackagedApp.start(env)) {
            second.awaitHealthy(Duration.ofSeconds(120));
            HttpResponse<String> score = send(second, "GET", "/api/assessments/" + assessment + "/score",
                    "crash.manager", "Crash-Manager-Heron-58", null);
            assertThat(score.statusCode()).isEqualTo(200);
            assertThat(score.body()).contains("{\"code\":\"P2\",\"value\":0.5,\"flags\":[]}");
        }
    }
}
