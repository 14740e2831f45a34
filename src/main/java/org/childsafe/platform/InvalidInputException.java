package org.childsafe.platform;

import io.micronaut.http.HttpStatus;
import org.childsafe.platform.web.ApiError;
import org.childsafe.platform.web.ApiException;

import java.util.List;

/** Bad input, with every problem listed (field and plain message): 400. */
public class InvalidInputException extends ApiException {
    public InvalidInputException(String message, List<ApiError.Detail> details) {
        super(HttpStatus.BAD_REQUEST, message, details);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, List.of(ApiError.Detail.of(field, message)));
    }
}
