package org.childsafe.platform.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A refusal with an HTTP status and a plain message; services throw the subclasses in
 * {@code org.childsafe.platform} (not found, conflict, forbidden, invalid) and the API turns them into
 * {@link ApiError} bodies.
 */
public class ApiException extends RuntimeException {

    private final transient HttpStatus status;
    private final transient List<ApiError.Detail> details;

    public ApiException(HttpStatus status, String message, List<ApiError.Detail> details) {
        super(message);
        this.status = status;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<ApiError.Detail> details() {
        return details;
    }
}
