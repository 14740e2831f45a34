package org.childsafe.identity.service;

import java.time.Instant;

/** Sign-in refused: wrong username or password, an inactive account, or too many attempts. */
public class AuthenticationFailure extends RuntimeException {

    public enum Reason { BAD_CREDENTIALS, LOCKED }

    private final Reason reason;
    private final transient Instant lockedUntil;

    public AuthenticationFailure(Reason reason, Instant lockedUntil) {
        super(reason == Reason.LOCKED ? "Too many failed sign-ins; try again after " + lockedUntil
                : "Wrong username or password");
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
