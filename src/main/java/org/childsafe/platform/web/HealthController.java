package org.childsafe.platform.web;

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
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new ApiException(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE, "Database not available");
            }
        } catch (SQLException e) {
            throw new ApiException(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE, "Database not available");
        }
        return new Health("UP");
    }

    @Serdeable
    public record Health(String status) {
    }
}
