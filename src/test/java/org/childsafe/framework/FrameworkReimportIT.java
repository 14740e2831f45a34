package org.childsafe.framework;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.FrameworkLibrary.ImportOutcome;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Refusal;
import org.childsafe.platform.web.ApiError;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Importing a version again: the same content written differently (comments, white space, layout) is a no-op
 * that keeps the stored bytes and writes nothing, through the API and the library alike; other content is a
 * 409 that stores nothing.
 */
@MicronautTest(transactional = false)
class FrameworkReimportIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    FrameworkLibrary library;

    @Inject
    AuditLog audit;

    private HttpResponse<Map> post(String yaml) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/frameworks", yaml.getBytes(StandardCharsets.UTF_8))
                .contentType("application/yaml").basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD),
                Argument.of(Map.class), Argument.of(ApiError.class));
    }

    private long auditEntries() {
        return audit.count(Actor.SYSTEM, null);
    }

    /** The same file with other comments, blank lines, indentation of comments and trailing spaces. */
    private static String withOtherCommentsAndWhiteSpace(String yaml) {
        return "# Test framework, as shipped: see docs/framework-format.md\n\n"
                + yaml.replace("domains:\n", "\n# the domains, in display order\ndomains:   \n")
                .replace("weight: 2\n", "weight:   2      # twice as important\n")
                .replace("\n", "  \n");
    }

    @Test
    void the_same_content_with_other_comments_and_white_space_is_a_200_no_op_then_other_content_is_a_409() {
        String code = ApiFiles.uniqueCode();
        String yaml = ApiFiles.valid(code, "2026.1");
        assertThat(post(yaml).getStatus().getCode()).isEqualTo(201);
        long id = library.get(code, "2026.1").id();
        String sha = library.get(code, "2026.1").sha256();
        long entries = auditEntries();

        String reformatted = withOtherCommentsAndWhiteSpace(yaml);
        assertThat(reformatted).isNotEqualTo(yaml);
        HttpResponse<Map> again = post(reformatted);
        assertThat(again.getStatus().getCode()).isEqualTo(200);
        assertThat(again.body()).containsEntry("framework", code).containsEntry("version", "2026.1");
        assertThat(library.versions(code)).as("nothing new stored").hasSize(1);
        assertThat(library.content(id)).as("the stored bytes are kept").isEqualTo(yaml);
        assertThat(library.get(code, "2026.1").sha256()).isEqualTo(sha);
        assertThat(auditEntries()).as("no audit entry").isEqualTo(entries);

        HttpClientResponseException conflict = assertThrows(HttpClientResponseException.class,
                () -> post(reformatted.replace("Staff know the policy", "Staff know and follow the policy")));
        assertThat(conflict.getStatus().getCode()).isEqualTo(409);
        assertThat(conflict.getResponse().getBody(ApiError.class).orElseThrow().error())
                .contains(code).contains("2026.1").contains("different content");
        assertThat(library.versions(code)).hasSize(1);
        assertThat(library.content(id)).isEqualTo(yaml);
        assertRefusalOnlyRecorded(entries);
    }

    @Test
    void the_library_tells_a_reformatted_file_from_the_same_bytes_and_keeps_the_first_file() {
        String code = ApiFiles.uniqueCode();
        byte[] yaml = ApiFiles.valid(code, "1").getBytes(StandardCharsets.UTF_8);
        assertThat(library.importFile(Actor.SYSTEM, yaml).outcome()).isEqualTo(ImportOutcome.CREATED);
        long entries = auditEntries();

        assertThat(library.importFile(Actor.SYSTEM, yaml).outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        FrameworkLibrary.ImportResult reformatted = library.importFile(Actor.SYSTEM,
                withOtherCommentsAndWhiteSpace(ApiFiles.valid(code, "1")).getBytes(StandardCharsets.UTF_8));
        assertThat(reformatted.outcome()).isEqualTo(ImportOutcome.SAME_CONTENT);
        assertThat(reformatted.stored().sha256()).isEqualTo(library.get(code, "1").sha256());
        assertThat(library.content(reformatted.stored().id())).isEqualTo(new String(yaml, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> library.importFile(Actor.SYSTEM,
                ApiFiles.valid(code, "1").replace("weight: 2", "weight: 3").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThat(library.versions(code)).hasSize(1);
        assertRefusalOnlyRecorded(entries);
    }

    /** Nothing of the refused file is stored: the one new entry is the security event of the refusal. */
    private void assertRefusalOnlyRecorded(long entriesBefore) {
        assertThat(auditEntries()).isEqualTo(entriesBefore + 1);
        assertThat(audit.history(Actor.SYSTEM, null, 0, 1)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo(org.childsafe.audit.service.SecurityLog.ENTITY);
            assertThat(e.action()).isEqualTo("import_refused");
        });
    }
}
