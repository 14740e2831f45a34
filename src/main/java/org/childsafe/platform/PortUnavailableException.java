package org.childsafe.platform;

/** Start-up refused because the HTTP port could not be opened. */
public class PortUnavailableException extends RuntimeException {
    public PortUnavailableException(String message) {
        super(message);
    }
}
