package org.childsafe.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.childsafe.kernel.Actor;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;

import java.util.List;

/** {@code /api/organisations}. */
@Controller("/api/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OrganisationController {

    private final OrganisationService service;

    public OrganisationController(OrganisationService service) {
        this.service = service;
    }

    @Serdeable
    public record CreateOrganisation(String name, String country, String type, String size) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    public record OrganisationJson(long id, String name, String country, String type, String size, boolean active) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.name(), o.country(), o.type().code(), o.size().code(), o.active());
        }
    }

    @Post
    @Operation(operationId = "createOrganisation")
    public HttpResponse<Created> create(@Parameter(hidden = true) Actor actor, @Body CreateOrganisation body) {
        Organisation created = service.create(actor, new OrganisationService.OrganisationForm(
                body.name(), body.country(), body.type(), body.size()));
        return HttpResponse.created(new Created(created.id()));
    }

    @Get
    @Operation(operationId = "listOrganisations")
    public List<OrganisationJson> list(@Parameter(hidden = true) Actor actor) {
        return service.visible(actor).stream().map(OrganisationJson::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getOrganisation")
    public OrganisationJson get(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return OrganisationJson.of(service.get(actor, id));
    }
}
