package org.childsafe.platform;

/** Start-up refused because an explicitly requested Micronaut environment is unknown. */
public class UnknownEnvironmentException extends RuntimeException {
    public UnknownEnvironmentException(String message) {
        super(message);
    }
}
