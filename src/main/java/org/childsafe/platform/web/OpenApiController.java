package org.childsafe.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.yml}: the OpenAPI description generated from the controllers at build time. */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiController {

    /** Where the micronaut-openapi processor writes the description (title "ChildSafe API", version 1). */
    public static final String RESOURCE = "META-INF/swagger/childsafe-api-1.yml";

    private final String document;

    public OpenApiController() {
        this.document = load();
    }

    @Get(produces = "application/yaml")
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    /** The description the micronaut-openapi processor wrote into the jar at build time. */
    private static String load() {
        try (InputStream in = OpenApiController.class.getClassLoader()
                .getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "# The OpenAPI description was not generated in this build\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
