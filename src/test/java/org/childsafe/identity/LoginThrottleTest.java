package org.childsafe.identity;

import org.childsafe.identity.domain.LoginThrottle;
import org.childsafe.identity.domain.LoginThrottle.Key;
import org.childsafe.identity.domain.LoginThrottle.Scope;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules (the counts themselves live in the database: SignInThrottleIT). */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void four_failures_at_one_address_do_not_block_and_the_fifth_blocks_for_thirty_seconds() {
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(Scope.ACCOUNT_AT_ADDRESS::delayAfter))
                .containsOnly(Duration.ZERO);
        assertThat(Scope.ACCOUNT_AT_ADDRESS.delayAfter(LoginThrottle.MAX_FAILURES)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.blockedUntil(Scope.ACCOUNT_AT_ADDRESS, 5, NOW)).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void delays_double_with_every_further_failure_up_to_their_cap() {
        assertThat(IntStream.rangeClosed(5, 12).mapToObj(Scope.ACCOUNT_AT_ADDRESS::delayAfter).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
        assertThat(Scope.ACCOUNT_AT_ADDRESS.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void an_account_attacked_from_everywhere_is_slowed_but_never_blocked_for_more_than_a_minute() {
        assertThat(Scope.ACCOUNT.delayAfter(LoginThrottle.MAX_FAILURES_PER_ACCOUNT - 1)).isZero();
        assertThat(Scope.ACCOUNT.delayAfter(LoginThrottle.MAX_FAILURES_PER_ACCOUNT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(IntStream.range(0, 100_000).mapToObj(Scope.ACCOUNT::delayAfter))
                .allMatch(d -> d.compareTo(Duration.ofMinutes(1)) <= 0);
        assertThat(Scope.ACCOUNT.cap()).as("staff wait at most this long, whoever attacks their account")
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void one_address_spraying_many_accounts_is_slowed_from_the_twentieth_failure() {
        assertThat(Scope.ADDRESS.delayAfter(LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1)).isZero();
        assertThat(Scope.ADDRESS.delayAfter(LoginThrottle.MAX_FAILURES_PER_ADDRESS)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Scope.ADDRESS.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void an_attempt_counts_for_the_account_the_account_at_the_address_and_the_address() {
        assertThat(LoginThrottle.keys(" SomChai ", "10.0.0.1")).containsExactlyInAnyOrder(
                new Key(Scope.ACCOUNT, "u:somchai"), new Key(Scope.ACCOUNT_AT_ADDRESS, "p:somchai|10.0.0.1"),
                new Key(Scope.ADDRESS, "a:10.0.0.1"));
        assertThat(LoginThrottle.keys("somchai", null)).containsExactly(new Key(Scope.ACCOUNT, "u:somchai"));
    }

    @Test
    void a_success_clears_only_the_account_at_that_address() {
        assertThat(LoginThrottle.clearedOnSuccess("SomChai", "10.0.0.1"))
                .isEqualTo(new Key(Scope.ACCOUNT_AT_ADDRESS, "p:somchai|10.0.0.1"));
    }

    @Test
    void usernames_are_compared_trimmed_in_lower_case_and_cut_to_the_longest_possible_username() {
        assertThat(LoginThrottle.normal("  MaLee ")).isEqualTo("malee");
        assertThat(LoginThrottle.normal("x".repeat(500))).hasSize(64);
        assertThat(LoginThrottle.normal(null)).isEmpty();
    }

    @Test
    void the_limits_are_the_documented_ones() {
        assertThat(LoginThrottle.MAX_FAILURES).isEqualTo(5);
        assertThat(LoginThrottle.MAX_FAILURES_PER_ACCOUNT).isEqualTo(10);
        assertThat(LoginThrottle.MAX_FAILURES_PER_ADDRESS).isEqualTo(20);
        assertThat(LoginThrottle.FORGET).isEqualTo(Duration.ofHours(1));
    }
}
