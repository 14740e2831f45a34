package org.childsafe.platform.db;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Adds the settings ChildSafe needs to a plain H2 URL (ADR 0002): PostgreSQL compatibility (the SQL
 * dialect is fixed to PostgreSQL at compile time), lower-case identifiers, PostgreSQL's null ordering,
 * and, for file databases, a flush on every commit so that an acknowledged answer survives a crash.
 * Settings already present in the URL are kept as they are.
 */
public final class H2Urls {

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("MODE", "PostgreSQL");
        REQUIRED.put("DATABASE_TO_LOWER", "TRUE");
        REQUIRED.put("DEFAULT_NULL_ORDERING", "HIGH");
    }

    private H2Urls() {
    }

    public static boolean isH2(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    public static String withCompatibility(String url) {
        if (!isH2(url)) {
            return url;
        }
        StringBuilder result = new StringBuilder(url);
        String upper = url.toUpperCase(Locale.ROOT);
        REQUIRED.forEach((key, value) -> {
            if (!upper.contains(";" + key + "=")) {
                result.append(';').append(key).append('=').append(value);
            }
        });
        boolean inMemory = upper.startsWith("JDBC:H2:MEM:");
        if (!inMemory && !upper.contains(";WRITE_DELAY=")) {
            result.append(";WRITE_DELAY=0");
        }
        return result.toString();
    }
}
