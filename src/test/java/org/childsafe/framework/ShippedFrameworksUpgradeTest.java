package org.childsafe.framework;

import io.micronaut.context.ApplicationContext;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.ShippedFrameworks;
import org.childsafe.kernel.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shipped file whose comments changed (a new header, say) still starts ChildSafe on a database that holds
 * the bytes shipped before: the version is the same content, so the stored file is kept and nothing is
 * written. Simulated with two start-ups on one fresh database: first with the shipped files stripped of
 * their header comments, then with the files as they are in {@code config/frameworks}.
 */
class ShippedFrameworksUpgradeTest {

    private static final Path SHIPPED = Path.of("config", "frameworks");

    private static ApplicationContext start(String databaseUrl, Path frameworks) {
        return ApplicationContext.builder().environments("test").properties(Map.of(
                "datasources.default.url", databaseUrl,
                "app.frameworks.directory", frameworks.toString())).start();
    }

    /** The file as it would have been shipped without its header: every comment line before the first key removed. */
    private static String withoutHeader(String yaml) {
        int start = 0;
        while (yaml.startsWith("#", start) || yaml.startsWith("\n", start)) {
            start = yaml.indexOf('\n', start) + 1;
        }
        return yaml.substring(start);
    }

    @Test
    void the_shipped_files_with_new_comments_start_up_on_a_database_holding_the_old_bytes(@TempDir Path before)
            throws IOException {
        Map<String, String> oldSha = new LinkedHashMap<>();
        for (String name : ShippedFrameworks.PACKAGED) {
            String current = Files.readString(SHIPPED.resolve(name), StandardCharsets.UTF_8);
            String old = withoutHeader(current);
            assertThat(old).as(name + " has a header comment").isNotEqualTo(current).startsWith("framework: ");
            Files.writeString(before.resolve(name), old, StandardCharsets.UTF_8);
            oldSha.put(name, sha256(old));
        }
        String database = "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        long entries;
        try (ApplicationContext first = start(database, before)) {
            assertThat(first.getBean(FrameworkLibrary.class).list()).hasSize(ShippedFrameworks.PACKAGED.size());
            entries = first.getBean(AuditLog.class).count(Actor.SYSTEM, null);
        }
        try (ApplicationContext second = start(database, SHIPPED)) {
            FrameworkLibrary library = second.getBean(FrameworkLibrary.class);
            assertThat(library.list()).as("no version added").hasSize(ShippedFrameworks.PACKAGED.size());
            for (FrameworkLibrary.Summary version : library.list()) {
                String name = version.code() + "-" + version.version() + ".yaml";
                FrameworkLibrary.StoredFramework stored = library.get(version.code(), version.version());
                assertThat(stored.sha256()).as(name + ": the old bytes are kept").isEqualTo(oldSha.get(name));
                assertThat(library.content(stored.id()))
                        .isEqualTo(Files.readString(before.resolve(name), StandardCharsets.UTF_8));
            }
            assertThat(second.getBean(AuditLog.class).count(Actor.SYSTEM, null)).as("nothing written").isEqualTo(entries);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
