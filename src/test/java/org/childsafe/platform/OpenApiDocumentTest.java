package org.childsafe.platform;

import org.childsafe.platform.web.OpenApiController;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description generated at build time (the file {@code /api/openapi.yml} serves), read as a
 * client generator would: every operation has its own meaningful id, and the security it declares is
 * the one the server applies.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    record Operation(String method, String path, Map<String, Object> body) {
        String id() {
            return (String) body.get("operationId");
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    static Map<String, Object> document;
    static List<Operation> operations;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(OpenApiController.RESOURCE)) {
            assertThat(in).as("generated " + OpenApiController.RESOURCE).isNotNull();
            document = new Yaml().load(in);
        }
        operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((key, value) -> {
            if (METHODS.contains(key)) {
                operations.add(new Operation(key, path, (Map<String, Object>) value));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        return (List<Object>) yaml;
    }

    @Test
    void every_operation_has_a_unique_id_that_is_not_a_numbered_method_name() {
        assertThat(operations).hasSizeGreaterThan(20);
        assertThat(operations).allSatisfy(op -> assertThat(op.id()).as("operationId of " + op).isNotBlank()
                .doesNotMatch(".*_\\d+$"));
        assertThat(operations.stream().map(Operation::id)).doesNotHaveDuplicates();
    }

    @Test
    void health_needs_no_sign_in_and_every_other_operation_needs_http_basic() {
        List<Object> global = list(document.get("security"));
        assertThat(global).containsExactly(Map.of("basic", List.of()));
        Operation health = operations.stream().filter(op -> op.path().equals("/api/health")).findFirst().orElseThrow();
        assertThat(list(health.body().get("security"))).as("security of " + health).isNotEmpty()
                .allSatisfy(requirement -> assertThat((Map<?, ?>) requirement).isEmpty());
        assertThat(operations).filteredOn(op -> op != health).allSatisfy(op -> {
            Object own = op.body().get("security");
            assertThat(own == null ? global : list(own)).as("security of " + op).isNotEmpty()
                    .allSatisfy(requirement -> assertThat(((Map<?, ?>) requirement).keySet()).isEqualTo(Set.of("basic")));
        });
    }
}
