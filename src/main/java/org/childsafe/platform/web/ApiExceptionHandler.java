package org.childsafe.platform.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Refusal;

import java.util.Locale;

/**
 * Turns a {@link Refusal} thrown by a service or controller into its status and JSON body. Sentences are
 * English unless the request's {@code Accept-Language} prefers Thai.
 */
@Singleton
@Produces(MediaType.APPLICATION_JSON)
@Requires(classes = {Refusal.class, ExceptionHandler.class})
public class ApiExceptionHandler implements ExceptionHandler<Refusal, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Refusal refusal) {
        Locale locale = language(request);
        return HttpResponse.<ApiError>status(status(refusal.kind()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ApiError.of(refusal, locale));
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    /** Thai when the client's first acceptable language is Thai, else English. */
    static Locale language(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept == null || accept.isBlank()) {
            return Messages.ENGLISH;
        }
        try {
            return Locale.LanguageRange.parse(accept).stream().findFirst()
                    .map(r -> Messages.supported(Locale.forLanguageTag(r.getRange())))
                    .orElse(Messages.ENGLISH);
        } catch (IllegalArgumentException malformed) {
            return Messages.ENGLISH;
        }
    }
}
