package org.childsafe.platform;

import io.micronaut.http.HttpStatus;
import org.childsafe.platform.web.ApiException;

/** The caller is known but may not do this: 403. */
public class ForbiddenException extends ApiException {
    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
