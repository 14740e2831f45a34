package org.childsafe.identity.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.AuthenticationFailure;
import org.childsafe.identity.service.IdentityService;

import java.util.List;
import java.util.Map;

/** HTTP Basic for the API, over the same accounts, password hashes and throttling as the UI. */
@Singleton
public class ApiAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    /** Lazy: Micronaut Security looks up providers while deciding which beans exist (no cycle). */
    private final BeanProvider<IdentityService> identity;

    public ApiAuthenticationProvider(BeanProvider<IdentityService> identity) {
        this.identity = identity;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> auth) {
        java.net.InetSocketAddress remote = request == null ? null : request.getRemoteAddress();
        String address = remote == null ? null
                : remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        try {
            Actor actor = identity.get().authenticate(auth.getIdentity(), auth.getSecret(), address,
                    IdentityService.API);
            return AuthenticationResponse.success(actor.username(), List.of(actor.role().code()),
                    Map.of("userId", actor.userId()));
        } catch (AuthenticationFailure failure) {
            return AuthenticationResponse.failure(failure.reason() == AuthenticationFailure.Reason.LOCKED
                    ? AuthenticationFailureReason.ACCOUNT_LOCKED : AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
    }
}
