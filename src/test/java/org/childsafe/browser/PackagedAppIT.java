package org.childsafe.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar: a successful start says where to open it; start-up failures are one clear line. */
@DisabledIfSystemProperty(named = "childsafe.test.database", matches = "postgres")
class PackagedAppIT {

    @Test
    void a_successful_start_logs_one_line_with_the_address_to_open() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:ready"))) {
            app.awaitHealthy(Duration.ofSeconds(120));
            String root = "http://localhost:" + app.port + "/";
            String line = app.awaitLogLine("ChildSafe is ready", Duration.ofSeconds(30));
            assertThat(line).contains(" INFO ").endsWith("ChildSafe is ready: " + root + " (API " + root + "api, OpenAPI "
                    + root + "api/openapi.yml)");
            assertThat(app.output().lines().filter(l -> l.contains("ChildSafe is ready")).count()).isEqualTo(1);
        }
    }

    @Test
    void an_unreachable_database_stops_start_up_with_one_clear_line() throws Exception {
        int deadPort = PackagedApp.freePort();
        try (PackagedApp app = PackagedApp.start(Map.of(
                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:" + deadPort + "/nothing",
                "DATASOURCES_DEFAULT_USERNAME", "nobody"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
            String output = app.output();
            assertThat(output).contains("ChildSafe did not start: cannot reach the database at jdbc:postgresql://127.0.0.1:"
                    + deadPort + "/nothing");
            assertThat(output.lines().filter(l -> l.strip().startsWith("at ")).count())
                    .as("no stack trace in:\n" + output).isZero();
        }
    }

    @Test
    void an_unknown_environment_stops_start_up_with_one_clear_line() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of("MICRONAUT_ENVIRONMENTS", "prdo"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
            assertThat(app.output()).contains("ChildSafe did not start: unknown environment [prdo]");
        }
    }

    @Test
    void a_port_in_use_stops_start_up_with_one_clear_line() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0);
             PackagedApp app = PackagedApp.start(Map.of("MICRONAUT_SERVER_PORT", String.valueOf(busy.getLocalPort()),
                     "DATASOURCES_DEFAULT_URL", "jdbc:h2:mem:portcheck"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isEqualTo(1);
            String output = app.output();
            assertThat(output).contains("ChildSafe did not start: the HTTP port " + busy.getLocalPort() + " could not be opened");
            assertThat(output.lines().filter(l -> l.strip().startsWith("at ")).count()).as(output).isZero();
        }
    }
}
