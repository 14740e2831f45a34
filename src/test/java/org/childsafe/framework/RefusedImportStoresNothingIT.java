package org.childsafe.framework;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.kernel.Refusal;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property: a refused import stores nothing. About fifty randomly damaged copies of a valid file (seeded,
 * so a failure can be replayed with {@code -Dchildsafe.test.seed=...}) go through the library; after
 * every refusal (400 invalid, 403 not an administrator, 409 other content for an existing version) the
 * {@code framework_version} and {@code audit_log} row counts are unchanged (but for the security event that
 * records the refusal: SecurityEventsIT); after every acceptance each
 * grew by exactly one. (A plain loop rather than jqwik: jqwik does not run inside Micronaut's JUnit
 * extension.)
 */
@MicronautTest(transactional = false)
class RefusedImportStoresNothingIT {

    private static final int TRIES = 50;
    private static final Actor MANAGER = new Actor(-1, "mutation-manager", "Manager", Role.MANAGER, Set.of(), "en");

    @Inject
    FrameworkLibrary library;

    @Inject
    DataSource dataSource;

    @Test
    void no_refused_import_leaves_a_trace_in_the_library_or_the_audit_trail() throws Exception {
        long seed = Long.getLong("childsafe.test.seed", 20_261_129L);
        Random random = new Random(seed);
        String template = resource("/frameworks/full.yaml");
        String run = UUID.randomUUID().toString().substring(0, 6);
        int refused = 0;
        int accepted = 0;
        for (int i = 0; i < TRIES; i++) {
            String code = "mut-" + run + "-" + i;
            String original = template.replace("framework: full-demo", "framework: " + code);
            byte[] file = Mutations.mutate(original, random);
            Actor actor = i % 10 == 9 ? MANAGER : Actor.SYSTEM;
            Counts before = counts();
            try {
                library.importFile(actor, file);
                accepted++;
                assertThat(counts()).as("try %d (seed %d): an accepted file adds one version and one audit entry", i, seed)
                        .isEqualTo(before.plusOne());
                refused += refusedWithoutTrace(original.replace("Signed policy", "Signed policy, v2")
                        .getBytes(StandardCharsets.UTF_8), seed, i, code);
            } catch (Refusal refusal) {
                refused++;
                assertThat(refusal.kind()).isIn(Refusal.Kind.INVALID, Refusal.Kind.FORBIDDEN, Refusal.Kind.CONFLICT);
                if (refusal.kind() == Refusal.Kind.INVALID) {
                    assertThat(refusal.details()).as("a 400 lists its problems").isNotEmpty();
                }
                assertThat(counts()).as("try %d (seed %d) refused with %s: nothing stored", i, seed, refusal.getMessage())
                        .isEqualTo(before);
            } catch (RuntimeException unexpected) {
                fail("try %d (seed %d) threw %s for the file:%n%s", i, seed, unexpected,
                        new String(file, StandardCharsets.UTF_8), unexpected);
            }
        }
        System.out.printf("[childsafe] mutated imports (seed %d): %d refused, %d accepted%n", seed, refused, accepted);
        assertThat(refused).as("most damaged files are refused").isGreaterThanOrEqualTo(TRIES / 2);
    }

    /** Another file for a version just stored: a 409 that must store nothing. */
    private int refusedWithoutTrace(byte[] otherContent, long seed, int i, String code) throws SQLException {
        Counts before = counts();
        try {
            library.importFile(Actor.SYSTEM, otherContent);
        } catch (Refusal refusal) {
            assertThat(counts()).as("try %d (seed %d), second file for %s: nothing stored", i, seed, code).isEqualTo(before);
            return 1;
        }
        // the mutation changed the code or version, so the original is a new version: fine, and counted
        assertThat(counts()).isEqualTo(before.plusOne());
        return 0;
    }

    private record Counts(long versions, long auditEntries) {
        Counts plusOne() {
            return new Counts(versions + 1, auditEntries + 1);
        }
    }

    private Counts counts() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            // security events (a refused import is one, on purpose) are not what the import stores
            return new Counts(count(statement, "framework_version"),
                    count(statement, "audit_log WHERE entity_type <> 'security'"));
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RefusedImportStoresNothingIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
