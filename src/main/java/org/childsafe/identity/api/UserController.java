package org.childsafe.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.IdentityService;

import java.util.List;

/** {@code /api/users} (administrators) and {@code /api/me} (anyone signed in). */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class UserController {

    private final IdentityService identity;

    public UserController(IdentityService identity) {
        this.identity = identity;
    }

    @Serdeable
    public record CreateUser(String username, String password, String role, String displayName, String language,
                             List<Long> organisationIds) {
    }

    @Serdeable
    public record Created(long id) {
    }

    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record UserJson(long id, String username, String displayName, String role, String language,
                           boolean active, List<Long> organisationIds) {
        static UserJson of(IdentityService.User u) {
            return new UserJson(u.id(), u.username(), u.displayName(), u.role().code(), u.language(), u.active(),
                    u.organisationIds().stream().sorted().toList());
        }
    }

    @Serdeable
    public record PasswordChange(String password) {
    }

    @Post("/users")
    @Operation(operationId = "createUser")
    public HttpResponse<Created> create(@Parameter(hidden = true) Actor actor, @Body CreateUser body) {
        IdentityService.User user = identity.create(actor, new IdentityService.UserForm(body.username(),
                body.displayName(), body.password(), body.role(), body.language(), body.organisationIds()));
        return HttpResponse.created(new Created(user.id()));
    }

    @Get("/users")
    @Operation(operationId = "listUsers")
    public List<UserJson> list(@Parameter(hidden = true) Actor actor) {
        return identity.list(actor).stream().map(UserJson::of).toList();
    }

    @Put("/users/{id}/password")
    @Operation(operationId = "resetUserPassword")
    public HttpResponse<Void> resetPassword(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Body PasswordChange body) {
        identity.resetPassword(actor, id, body.password());
        return HttpResponse.noContent();
    }

    @Get("/me")
    @Operation(operationId = "getCurrentUser")
    public UserJson me(@Parameter(hidden = true) Actor actor) {
        return new UserJson(actor.userId(), actor.username(), actor.displayName(), actor.role().code(),
                actor.language(), true, actor.organisationIds().stream().sorted().toList());
    }
}
