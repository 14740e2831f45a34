package org.childsafe.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins in a row for one username
 * (or {@link #MAX_FAILURES_PER_ADDRESS} from one address), further attempts are refused for
 * {@link #LOCK} without even checking the password. A success clears the username's counter.
 * Kept in memory: per instance (see README, scaling).
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When sign-in is locked for this username or address, until when. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> user = locked("u:" + normal(username), MAX_FAILURES, now);
        return user.isPresent() ? user : locked("a:" + address, MAX_FAILURES_PER_ADDRESS, now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        bump("u:" + normal(username), now);
        if (address != null) {
            bump("a:" + address, now);
        }
    }

    public void succeeded(String username) {
        byKey.remove("u:" + normal(username));
    }

    private Optional<Instant> locked(String key, int max, Instant now) {
        Failures f = byKey.get(key);
        if (f == null) {
            return Optional.empty();
        }
        Instant until = f.last().plus(LOCK);
        if (!now.isBefore(until)) {
            byKey.remove(key, f);
            return Optional.empty();
        }
        return f.count() >= max ? Optional.of(until) : Optional.empty();
    }

    private void bump(String key, Instant now) {
        byKey.compute(key, (k, f) -> f == null || !now.isBefore(f.last().plus(LOCK))
                ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
