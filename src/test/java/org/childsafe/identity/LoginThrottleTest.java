package org.childsafe.identity;

import org.childsafe.identity.domain.LoginThrottle;
import org.childsafe.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void four_failures_do_not_lock_but_the_fifth_locks_for_fifteen_minutes() {
        fail("somchai", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).isEmpty();

        throttle.failed("somchai", "10.0.0.1");
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void the_lock_follows_the_username_from_any_address_and_ignores_case_and_spaces() {
        fail("somchai", "10.0.0.1", 5);
        assertThat(throttle.lockedUntil(" SomChai ", "192.168.1.9")).isPresent();
        assertThat(throttle.lockedUntil("malee", "192.168.1.9")).isEmpty();
    }

    @Test
    void a_lock_expires_after_fifteen_minutes_and_counting_starts_again() {
        fail("somchai", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).isEmpty();

        throttle.failed("somchai", "10.0.0.1");
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).as("one new failure after the lock").isEmpty();
    }

    @Test
    void a_success_clears_the_failures_of_the_username() {
        fail("somchai", "10.0.0.1", 4);
        throttle.succeeded("somchai");
        fail("somchai", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_long_apart_do_not_add_up() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("somchai", "10.0.0.1");
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(throttle.lockedUntil("somchai", "10.0.0.1")).isEmpty();
    }

    @Test
    void one_address_trying_many_usernames_is_locked_after_twenty_failures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.lockedUntil("someone-new", "10.0.0.66")).isEmpty();

        throttle.failed("user-last", "10.0.0.66");
        assertThat(throttle.lockedUntil("someone-new", "10.0.0.66")).contains(START.plus(LoginThrottle.LOCK));
        assertThat(throttle.lockedUntil("someone-new", "10.0.0.67")).as("another address").isEmpty();
    }

    @Test
    void a_success_does_not_clear_the_failures_of_the_address() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        throttle.succeeded("user1");
        assertThat(throttle.lockedUntil("user1", "10.0.0.66")).isPresent();
    }

    @Test
    void the_limits_are_the_documented_ones() {
        assertThat(LoginThrottle.MAX_FAILURES).isEqualTo(5);
        assertThat(LoginThrottle.LOCK).isEqualTo(Duration.ofMinutes(15));
    }
}
