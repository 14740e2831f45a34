package org.childsafe.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code GET /api/health}: 200 {"status":"UP"} without sign-in, once the database answers. */
@Controller("/api/health")
@io.micronaut.security.annotation.Secured(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)
public class HealthController {

    private final DataSource dataSource;

    public HealthController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Get
    @io.micronaut.data.connection.annotation.Connectable
    @Operation(operationId = "getHealth")
    @SecurityRequirement(name = "") // no sign-in: an empty requirement overrides the document-wide HTTP Basic one
    public HttpResponse<?> health() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        return up ? HttpResponse.ok(new Health("UP"))
                : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of("Database not available"));
    }

    @Serdeable
    public record Health(String status) {
    }
}
