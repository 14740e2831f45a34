package org.childsafe.platform;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a start-up exception into one plain sentence that names the setting to fix. */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static String explain(Throwable failure, String databaseUrl) {
        List<Throwable> chain = chain(failure);
        String where = databaseUrl == null ? "the configured database" : maskPassword(databaseUrl);
        for (Throwable t : chain) {
            if (t instanceof UnknownEnvironmentException || t instanceof PortUnavailableException) {
                return t.getMessage();
            }
            if (t instanceof BindException) {
                return "the HTTP port is already in use or not allowed (" + t.getMessage()
                        + "). Choose another port with MICRONAUT_SERVER_PORT (micronaut.server.port).";
            }
        }
        for (Throwable t : chain) {
            String message = String.valueOf(t.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("micronaut.server.port") && lower.contains("unable to convert value")) {
                java.util.regex.Matcher value = java.util.regex.Pattern.compile("(?i)unable to convert value \\[([^\\]]*)\\]")
                        .matcher(message);
                return "micronaut.server.port (MICRONAUT_SERVER_PORT) must be a whole number from 1 to 65535, not \""
                        + (value.find() ? value.group(1) : "?") + "\".";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || lower.contains("connection refused") || lower.contains("connection attempt failed")) {
                return "cannot reach the database at " + where
                        + ". Check DATASOURCES_DEFAULT_URL (datasources.default.url) and that the database server is running.";
            }
            if (lower.contains("password authentication failed") || lower.contains("wrong user name or password")
                    || lower.contains("does not exist") && t instanceof SQLException && lower.contains("database")) {
                return "the database at " + where + " refused the connection: " + firstLine(message)
                        + ". Check DATASOURCES_DEFAULT_USERNAME, DATASOURCES_DEFAULT_PASSWORD and the database name.";
            }
            if (lower.contains("no suitable driver") || lower.contains("driver claims to not accept jdbcurl")
                    || lower.contains("failed to load driver")) {
                return "the database URL " + where + " is not supported. Use jdbc:h2:... or jdbc:postgresql://host:5432/db"
                        + " in DATASOURCES_DEFAULT_URL.";
            }
            if (t.getClass().getName().startsWith("org.flywaydb")) {
                return "the database schema could not be migrated: " + firstLine(message);
            }
            if (lower.contains("database may be already in use") || lower.contains("locked by another process")) {
                return "the database file is in use by another ChildSafe process. Stop it, or set DATASOURCES_DEFAULT_URL"
                        + " to another database.";
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return firstLine(root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    static String maskPassword(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline).strip();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable t = failure;
        while (t != null && !chain.contains(t)) {
            chain.add(t);
            t = t.getCause();
        }
        return chain;
    }
}
