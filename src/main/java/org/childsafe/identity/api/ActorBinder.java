package org.childsafe.identity.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.IdentityService;

import java.util.Optional;

/** Lets API methods declare an {@link Actor} parameter: the signed-in person of the request. */
@Singleton
public class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    private final IdentityService identity;

    public ActorBinder(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Optional<Actor> actor = request.getUserPrincipal(Authentication.class)
                .flatMap(auth -> identity.actor(auth.getName()));
        return actor.isPresent() ? () -> actor : BindingResult.unsatisfied();
    }
}
