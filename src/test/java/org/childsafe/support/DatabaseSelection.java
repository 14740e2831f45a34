package org.childsafe.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Chooses the database of an integration-test run (ADR 0002). The 'postgres' Failsafe execution sets
 * {@code childsafe.test.database=postgres} and a PostgreSQL URL. Before the first test this extension
 * checks that PostgreSQL answers and gives the run a fresh schema. If PostgreSQL does not answer,
 * every test of that run is skipped with a visible message; with {@code CI=true} the run fails instead.
 */
public class DatabaseSelection implements ExecutionCondition {

    public static final String DATABASE_PROPERTY = "childsafe.test.database";
    private static volatile ConditionEvaluationResult decision;

    public static boolean postgresRequested() {
        return "postgres".equals(System.getProperty(DATABASE_PROPERTY));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgresRequested()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        if (decision == null) {
            synchronized (DatabaseSelection.class) {
                if (decision == null) {
                    decision = preparePostgres();
                }
            }
        }
        return decision;
    }

    /** The URL with {@code currentSchema} set to the given schema (replacing any given). */
    static String withSchema(String url, String schema) {
        String base = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchema(String url, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.out.println("[childsafe] could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static ConditionEvaluationResult preparePostgres() {
        String url = System.getProperty("datasources.default.url");
        String user = System.getProperty("datasources.default.username", "postgres");
        String password = System.getProperty("datasources.default.password", "");
        // a schema of this run's own, so that two runs on one server (two checkouts, CI beside a developer)
        // never see each other's rows; dropped when the test JVM ends
        String schema = System.getProperty("childsafe.test.schema", "childsafe_it") + "_"
                + ProcessHandle.current().pid() + "_" + Long.toString(System.currentTimeMillis(), 36);
        String runUrl = withSchema(url, schema);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            System.setProperty("datasources.default.url", runUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, user, password, schema)));
            System.out.println("[childsafe] PostgreSQL suite: running against " + runUrl);
            return ConditionEvaluationResult.enabled("PostgreSQL available");
        } catch (SQLException e) {
            String message = "PostgreSQL suite SKIPPED: no PostgreSQL at " + url + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires PostgreSQL, but " + message);
            }
            System.out.println();
            System.out.println("==================================================================");
            System.out.println("[childsafe] " + message);
            System.out.println("[childsafe] Start PostgreSQL on 127.0.0.1:5432 (database test, user postgres) to run it.");
            System.out.println("==================================================================");
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
