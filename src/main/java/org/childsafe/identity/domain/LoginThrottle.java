package org.childsafe.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How failed sign-ins slow down password guessing without letting anyone lock staff out (pure rules;
 * the counts live in the database, shared by every instance).
 *
 * <p>Failures are counted for three keys at once: the account at one address, the account from any
 * address, and the address for any account. From a key's n-th failure on, each failure blocks that key
 * for a delay that doubles each time, up to a cap; a blocked key refuses sign-in without checking the
 * password. The caps decide who is slowed how much:
 * <ul>
 *   <li>an account at one address: from the {@value #MAX_FAILURES}th failure 30 s, 1, 2, 4, 8 minutes,
 *       then 15 minutes each: one attacker at one address gets a handful of guesses an hour;</li>
 *   <li>an account from anywhere: from the {@value #MAX_FAILURES_PER_ACCOUNT}th failure 5 s doubling up to
 *       1 minute: attackers spread over many addresses get about one guess a minute, and the real person
 *       at their own address waits a minute at most, never longer;</li>
 *   <li>an address for any account: from the {@value #MAX_FAILURES_PER_ADDRESS}th failure 10 s doubling up
 *       to 5 minutes: spraying many accounts from one address is slowed.</li>
 * </ul>
 * A key's failures are forgotten {@link #FORGET} after its last failure. A successful sign-in clears the
 * account-at-that-address key only, so an attacker cannot wipe the other counts with an account of their own.
 */
public final class LoginThrottle {

    /** The failure at one address from which an account is blocked there. */
    public static final int MAX_FAILURES = 5;
    /** The failure (from any address) from which an account is slowed everywhere. */
    public static final int MAX_FAILURES_PER_ACCOUNT = 10;
    /** The failure (for any account) from which an address is slowed, unless configured otherwise. */
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    /** How long after its last failure a key's count is forgotten. */
    public static final Duration FORGET = Duration.ofHours(1);

    /** One of the three things failures are counted for, with its rule. */
    public enum Scope {
        ACCOUNT_AT_ADDRESS(MAX_FAILURES, Duration.ofSeconds(30), Duration.ofMinutes(15)),
        ACCOUNT(MAX_FAILURES_PER_ACCOUNT, Duration.ofSeconds(5), Duration.ofMinutes(1)),
        ADDRESS(MAX_FAILURES_PER_ADDRESS, Duration.ofSeconds(10), Duration.ofMinutes(5));

        private final int blockingFrom;
        private final Duration first;
        private final Duration cap;

        Scope(int blockingFrom, Duration first, Duration cap) {
            this.blockingFrom = blockingFrom;
            this.first = first;
            this.cap = cap;
        }

        /** The longest a key of this scope is ever blocked at once. */
        public Duration cap() {
            return cap;
        }

        /** How long the key is blocked after its {@code failures}-th failure (zero before it blocks). */
        public Duration delayAfter(int failures) {
            return delayAfter(failures, blockingFrom);
        }

        /** As {@link #delayAfter(int)}, blocking from the {@code from}-th failure instead of the default. */
        public Duration delayAfter(int failures, int from) {
            int doublings = failures - from;
            if (doublings < 0) {
                return Duration.ZERO;
            }
            if (doublings >= 30) {
                return cap;
            }
            Duration delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }

    /** A key of one scope. */
    public record Key(Scope scope, String value) {
    }

    private LoginThrottle() {
    }

    /** The keys that one attempt counts for (without the address ones when the address is unknown). */
    public static List<Key> keys(String username, String address) {
        String user = normal(username);
        List<Key> keys = new ArrayList<>(3);
        keys.add(new Key(Scope.ACCOUNT, "u:" + user));
        if (address != null && !address.isBlank()) {
            keys.add(new Key(Scope.ACCOUNT_AT_ADDRESS, "p:" + user + "|" + address));
            keys.add(new Key(Scope.ADDRESS, "a:" + address));
        }
        return keys;
    }

    /** The key that a successful sign-in clears. */
    public static Key clearedOnSuccess(String username, String address) {
        return address == null || address.isBlank() ? new Key(Scope.ACCOUNT, "u:" + normal(username))
                : new Key(Scope.ACCOUNT_AT_ADDRESS, "p:" + normal(username) + "|" + address);
    }

    /** Until when a key is blocked after its {@code failures}-th failure at {@code now} ({@code now}: not blocked). */
    public static Instant blockedUntil(Scope scope, int failures, Instant now) {
        return now.plus(scope.delayAfter(failures));
    }

    /**
     * As {@link #blockedUntil(Scope, int, Instant)}, with the address limit of the configuration (a
     * shared address such as an office's may need a higher one).
     */
    public static Instant blockedUntil(Scope scope, int failures, Instant now, int addressLimit) {
        return now.plus(scope == Scope.ADDRESS ? scope.delayAfter(failures, addressLimit) : scope.delayAfter(failures));
    }

    /** Usernames as compared: trimmed, lower case, at most 64 characters (longer ones cannot exist). */
    public static String normal(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
