package org.childsafe.platform;

import io.micronaut.http.HttpStatus;
import org.childsafe.platform.web.ApiException;

/** The thing asked for does not exist (or the caller may not know that it exists): 404. */
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}
