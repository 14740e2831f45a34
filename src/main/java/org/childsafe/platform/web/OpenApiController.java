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
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/** {@code GET /api/openapi.yml}: the OpenAPI description generated from the controllers at build time. */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OpenApiController {

    private final String document;

    public OpenApiController() {
        this.document = load();
    }

    @Get(produces = "application/yaml")
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    private static String load() {
        try {
            Enumeration<URL> found = OpenApiController.class.getClassLoader().getResources("META-INF/swagger");
            ClassLoader loader = OpenApiController.class.getClassLoader();
            for (String name : new String[]{"META-INF/swagger/childsafe-api-1.yml", "META-INF/swagger/childsafe-1.yml"}) {
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            return "# OpenAPI description not generated" + (found.hasMoreElements() ? "" : "") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
