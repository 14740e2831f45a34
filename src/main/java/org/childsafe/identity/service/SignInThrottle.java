package org.childsafe.identity.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.identity.domain.LoginThrottle;
import org.childsafe.identity.domain.LoginThrottle.Key;
import org.childsafe.identity.persistence.ThrottleStore;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in throttle of {@link LoginThrottle}, with its counts in the database: every instance behind
 * a load balancer sees the same counts and blocks, and memory does not grow with the attackers' guesses.
 * Old counts are forgotten every ten minutes.
 */
@Singleton
public class SignInThrottle {

    private final ThrottleStore store;
    private final Clock clock;
    private final int addressLimit;

    public SignInThrottle(ThrottleStore store, Clock clock,
                          @Value("${app.security.sign-in.address-limit:20}") int addressLimit) {
        this.store = store;
        this.clock = clock;
        this.addressLimit = Math.max(1, addressLimit);
    }

    /** A block that a failure started: until when, and for which scope (the longest one). */
    public record Block(Instant until, LoginThrottle.Scope scope) {
    }

    /** Until when sign-in is refused for this username at this address, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address) {
        List<String> keys = LoginThrottle.keys(username, address).stream().map(Key::value).toList();
        return store.blockedUntil(keys, clock.instant());
    }

    /** Counts a failed sign-in; the block it starts, if it starts one. */
    @Transactional
    public Optional<Block> failed(String username, String address) {
        Instant now = clock.instant();
        Block longest = null;
        for (Key key : LoginThrottle.keys(username, address)) {
            int failures = store.fail(key.value(), now, now.minus(LoginThrottle.FORGET));
            Instant until = LoginThrottle.blockedUntil(key.scope(), failures, now, addressLimit);
            if (until.isAfter(now)) {
                store.block(key.value(), until);
                if (longest == null || until.isAfter(longest.until())) {
                    longest = new Block(until, key.scope());
                }
            }
        }
        return Optional.ofNullable(longest);
    }

    /** A successful sign-in: clears the failures of this account at this address. */
    @Transactional
    public void succeeded(String username, String address) {
        store.clear(LoginThrottle.clearedOnSuccess(username, address).value());
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "10m")
    @Transactional
    public void forgetOld() {
        Instant now = clock.instant();
        store.forget(now.minus(LoginThrottle.FORGET), now);
    }
}
