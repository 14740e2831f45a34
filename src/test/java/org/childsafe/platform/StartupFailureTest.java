package org.childsafe.platform;

import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTest {

    @Test
    void an_unreachable_database_names_the_url_and_the_setting_to_fix() {
        Throwable failure = new RuntimeException("Failed to create bean",
                new SQLException("Connection to 127.0.0.1:5999 refused", new ConnectException("Connection refused")));
        String line = StartupFailure.explain(failure, "jdbc:postgresql://127.0.0.1:5999/test?password=secret");
        assertThat(line)
                .contains("cannot reach the database at jdbc:postgresql://127.0.0.1:5999/test?password=***")
                .contains("DATASOURCES_DEFAULT_URL")
                .doesNotContain("secret");
    }

    @Test
    void a_port_in_use_says_how_to_choose_another() {
        String line = StartupFailure.explain(new RuntimeException(new BindException("Address already in use")), null);
        assertThat(line).contains("port is already in use").contains("MICRONAUT_SERVER_PORT");
    }

    @Test
    void an_unknown_environment_is_reported_as_such() {
        String line = StartupFailure.explain(
                new RuntimeException(new UnknownEnvironmentException("unknown environment [prdo]")), null);
        assertThat(line).isEqualTo("unknown environment [prdo]");
    }

    @Test
    void wrong_credentials_point_to_the_username_and_password_settings() {
        String line = StartupFailure.explain(
                new SQLException("FATAL: password authentication failed for user \"x\""), "jdbc:postgresql://h/db");
        assertThat(line).contains("refused the connection").contains("DATASOURCES_DEFAULT_PASSWORD");
    }

    @Test
    void anything_else_is_one_line_with_the_root_cause() {
        String line = StartupFailure.explain(new RuntimeException("outer", new IllegalStateException("inner\nmore")), null);
        assertThat(line).isEqualTo("IllegalStateException: inner");
    }

    @Test
    void a_port_that_is_not_a_number_is_named_with_its_value() {
        String line = StartupFailure.explain(new RuntimeException("Failed to inject value for parameter [port]\n\nMessage: x",
                new RuntimeException("Error resolving property value [micronaut.server.port]. Unable to convert value [abc]"
                        + " to target type [int] due to: For input string: \"abc\"")), null);
        assertThat(line).isEqualTo("micronaut.server.port (MICRONAUT_SERVER_PORT) must be a whole number from 1 to 65535,"
                + " not \"abc\".");
    }

    @Test
    void a_port_that_could_not_be_opened_says_so() {
        String line = StartupFailure.explain(new RuntimeException(new PortUnavailableException("the HTTP port 99999 could"
                + " not be opened")), null);
        assertThat(line).isEqualTo("the HTTP port 99999 could not be opened");
    }
}
