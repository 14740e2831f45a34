package org.childsafe;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Title and security of the generated OpenAPI description (served at {@code /api/openapi.yml}). */
@OpenAPIDefinition(
        info = @Info(title = "ChildSafe API", version = "1",
                description = "Child Safe Organisations self-assessment: frameworks, organisations, users, assessments,"
                        + " reviews, scores and action plans. Errors are"
                        + " {\"error\": \"...\", \"details\": [{\"path\", \"line\", \"message\"}]} with 400, 401, 403, 404"
                        + " or 409. Every endpoint except GET /api/health needs HTTP Basic credentials.",
                license = @License(name = "Proprietary")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
final class ApiInfo {
    private ApiInfo() {
    }
}
