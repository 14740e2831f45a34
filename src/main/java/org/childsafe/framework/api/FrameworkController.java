package org.childsafe.framework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkDiff;
import org.childsafe.framework.load.FrameworkJson;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.FrameworkLibrary.ImportOutcome;
import org.childsafe.framework.service.FrameworkLibrary.ImportResult;
import org.childsafe.kernel.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/frameworks} (docs/api.md). Every signed-in role may read; importing is for
 * administrators (the library checks it: 403 otherwise).
 *
 * <ul>
 *   <li>{@code GET /api/frameworks}: every stored version as {@code {framework, version, title}}, title being
 *       a map of language to text ({@code en}, and {@code th} when the file has it); ordered by framework
 *       code, then oldest import first.</li>
 *   <li>{@code POST /api/frameworks}: the raw YAML file as the body ({@code application/yaml},
 *       {@code application/x-yaml}, {@code text/yaml} or {@code text/plain}; the bytes are kept exactly as
 *       sent). 201 {@code {framework, version}} with a {@code Location} header when the version is new;
 *       <b>200 with the same body when exactly these bytes, or a file with the same content that differs only
 *       in comments or formatting, were imported before</b> (a no-op that keeps the stored file, so a script
 *       can import the same files again safely); 400 with {@code details} = every problem of the file
 *       ({@code path}, {@code line}, {@code message}), nothing stored; 409 when that framework version
 *       exists with other content; 403 for non-administrators.</li>
 *   <li>{@code GET /api/frameworks/{framework}/{version}}: one version in the shape and with the field
 *       names of the YAML file, every default filled in (see {@link FrameworkJson}); 404 when unknown.</li>
 *   <li>{@code GET /api/frameworks/{framework}/{version}/diff/{otherVersion}}: what changed going from
 *       {@code version} to {@code otherVersion} (see {@link FrameworkDiff}): items added, removed, changed
 *       (with the fields that differ) and carried on (with the earlier codes they continue); empty lists
 *       are written out as {@code []}.</li>
 * </ul>
 */
@Controller("/api/frameworks")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FrameworkController {

    private final FrameworkLibrary library;

    public FrameworkController(FrameworkLibrary library) {
        this.library = library;
    }

    @Serdeable
    public record FrameworkSummaryJson(String framework, String version, Map<String, String> title) {
        static FrameworkSummaryJson of(FrameworkLibrary.Summary summary) {
            Map<String, String> title = new LinkedHashMap<>();
            title.put("en", summary.titleEn());
            if (summary.titleTh() != null && !summary.titleTh().isBlank()) {
                title.put("th", summary.titleTh());
            }
            return new FrameworkSummaryJson(summary.code(), summary.version(), title);
        }
    }

    @Serdeable
    public record Imported(String framework, String version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChangedItemJson(String code, List<String> previousCodes, List<String> fields) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CarriedItemJson(String code, List<String> previousCodes) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DiffJson(String framework, String from, String to, List<String> added, List<String> removed,
                           List<ChangedItemJson> changed, List<CarriedItemJson> carriedOn) {
    }

    @Get
    @Operation(operationId = "listFrameworks")
    public List<FrameworkSummaryJson> list() {
        return library.list().stream().map(FrameworkSummaryJson::of).toList();
    }

    @Post
    @Secured("admin")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importFramework")
    public HttpResponse<Imported> importFile(@Parameter(hidden = true) Actor actor, @Nullable @Body byte[] file) {
        ImportResult result = library.importFile(actor, file == null ? new byte[0] : file);
        Framework framework = result.stored().framework();
        Imported body = new Imported(framework.code(), framework.version());
        if (result.outcome() != ImportOutcome.CREATED) {
            return HttpResponse.ok(body);
        }
        return HttpResponse.created(body, UriBuilder.of("/api/frameworks").path(framework.code())
                .path(framework.version()).build());
    }

    @Get("/{framework}/{version}")
    @Operation(operationId = "getFrameworkVersion")
    public Map<String, Object> get(@PathVariable String framework, @PathVariable String version) {
        return FrameworkJson.toMap(library.get(framework, version).framework());
    }

    @Get("/{framework}/{version}/diff/{otherVersion}")
    @Operation(operationId = "diffFrameworkVersions")
    public DiffJson diff(@PathVariable String framework, @PathVariable String version,
                         @PathVariable String otherVersion) {
        Framework from = library.get(framework, version).framework();
        Framework to = library.get(framework, otherVersion).framework();
        FrameworkDiff diff = FrameworkDiff.between(from, to);
        return new DiffJson(framework, version, otherVersion, diff.added(), diff.removed(),
                diff.changed().stream().map(c -> new ChangedItemJson(c.code(), c.previousCodes(), c.fields())).toList(),
                diff.carriedOn().stream().map(c -> new CarriedItemJson(c.code(), c.previousCodes())).toList());
    }
}
