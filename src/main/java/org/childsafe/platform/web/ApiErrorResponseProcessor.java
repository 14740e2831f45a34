package org.childsafe.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error Micronaut produces itself (unknown path, wrong method, unreadable JSON, a missing body or
 * a parameter of the wrong type) leaves the API in its one error shape (docs/api.md) {@code {"error",
 * "details"}}. Rules about the content of a request are the services' (their refusals go through
 * {@link ApiExceptionHandler}).
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<ApiError.Detail> details = context.getErrors().stream()
                .map(ErrorDetails::toDetail)
                .toList();
        String message = summary(status, details);
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(message, details.size() == 1 && details.get(0).message().equals(message)
                        ? List.of() : details));
    }

    private static String summary(HttpStatus status, List<ApiError.Detail> details) {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
            case UNAUTHORIZED -> "Sign in required: send HTTP Basic credentials";
            case FORBIDDEN -> "You do not have permission to do this";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content type";
            case BAD_REQUEST -> details.size() == 1 ? details.get(0).message() : "The request is not valid";
            default -> status.getCode() >= 500 ? "Something went wrong on the server" : status.getReason();
        };
    }

    private static final class ErrorDetails {
        static ApiError.Detail toDetail(Error error) {
            return new ApiError.Detail(error.getPath().orElse(null), null, error.getMessage());
        }
    }
}
