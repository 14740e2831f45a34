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
 * address, and the address for any account. Each key has a number of free failures; every failure after
 * those blocks that key for a delay that doubles each time, up to a cap. A blocked key refuses sign-in
 * without checking the password. The caps decide who is slowed how much:
 * <ul>
 *   <li>an account at one address: 5 free, then 1 s, 2 s, 4 s ... up to 15 minutes: one attacker at one
 *       address soon gets a handful of guesses an hour;</li>
 *   <li>an account from anywhere: 10 free, then up to 1 minute: attackers spread over many addresses get
 *       at most about one guess a minute, and the real person from their own address waits a minute at
 *       most, never longer;</li>
 *   <li>an address for any account: 20 free, then up to 5 minutes: spraying many accounts from one
 *       address is slowed; people behind the same address are slowed only as long as it lasts.</li>
 * </ul>
 * A key's failures are forgotten {@link #FORGET} after its last failure. A successful sign-in clears the
 * account-at-that-address key only, so an attacker cannot wipe the other counts with an account of their own.
 */
public final class LoginThrottle {

    /** How long after its last failure a key's count is forgotten. */
    public static final Duration FORGET = Duration.ofHours(1);

    /** One of the three things failures are counted for, with its rule. */
    public enum Scope {
        ACCOUNT_AT_ADDRESS(5, Duration.ofMinutes(15)),
        ACCOUNT(10, Duration.ofMinutes(1)),
        ADDRESS(20, Duration.ofMinutes(5));

        private final int free;
        private final Duration cap;

        Scope(int free, Duration cap) {
            this.free = free;
            this.cap = cap;
        }

        public int free() {
            return free;
        }

        public Duration cap() {
            return cap;
        }

        /** How long the key is blocked after its {@code failures}-th failure (zero while still free). */
        public Duration delayAfter(int failures) {
            int over = failures - free;
            if (over <= 0) {
                return Duration.ZERO;
            }
            long seconds = over > 30 ? Long.MAX_VALUE : 1L << (over - 1);
            return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
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

    /** Usernames as compared: trimmed, lower case, at most 64 characters (longer ones cannot exist). */
    public static String normal(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
