package org.childsafe.platform;

import io.micronaut.http.HttpStatus;
import org.childsafe.platform.web.ApiException;

/** The request clashes with the current state (duplicate, stale, locked): 409. */
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
