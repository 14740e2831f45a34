package org.childsafe.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.childsafe.identity.domain.LoginThrottle;
import org.childsafe.identity.persistence.ThrottleStore;
import org.childsafe.identity.service.SignInThrottle;
import org.childsafe.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle with its counts in the database, as two instances behind a load balancer share
 * them: each test runs two throttles (two "instances") on the test database with a clock of their own.
 */
@MicronautTest(transactional = false)
class SignInThrottleIT {

    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private final MutableClock clock = new MutableClock(Instant.parse("2031-05-01T08:00:00Z"));
    private SignInThrottle one;
    private SignInThrottle two;
    private final String user = "staff-" + UUID.randomUUID().toString().substring(0, 8);

    private SignInThrottle instance() {
        return new SignInThrottle(new ThrottleStore(jdbc), clock, LoginThrottle.MAX_FAILURES_PER_ADDRESS);
    }

    private <T> T tx(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    private Optional<SignInThrottle.Block> fail(SignInThrottle throttle, String username, String address) {
        return tx(() -> throttle.failed(username, address));
    }

    private Optional<Instant> blocked(SignInThrottle throttle, String username, String address) {
        return tx(() -> throttle.blockedUntil(username, address));
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    @org.junit.jupiter.api.BeforeEach
    void twoInstances() {
        one = instance();
        two = instance();
    }

    @Test
    void five_failures_at_one_address_pause_the_account_there_on_every_instance() {
        String at = address();
        for (int i = 0; i < 4; i++) {
            assertThat(fail(i % 2 == 0 ? one : two, user, at)).isEmpty();
        }
        assertThat(blocked(two, user, at)).isEmpty();

        assertThat(fail(one, user, at)).map(SignInThrottle.Block::until).contains(clock.instant().plusSeconds(30));
        assertThat(blocked(two, user, at)).as("the other instance sees the pause").contains(clock.instant().plusSeconds(30));
    }

    @Test
    void pauses_grow_with_every_further_failure() {
        String at = address();
        for (int i = 0; i < 4; i++) {
            fail(one, user, at);
        }
        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Instant now = clock.instant();
            pauses.add(Duration.between(now, fail(i % 2 == 0 ? one : two, user, at).orElseThrow().until()));
            clock.advance(pauses.get(i));
            assertThat(blocked(one, user, at)).as("over once it has passed").isEmpty();
        }
        assertThat(pauses).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4));
    }

    @Test
    void an_attacker_spread_over_many_addresses_slows_the_account_by_a_minute_at_most_never_locks_it() {
        for (int i = 0; i < 60; i++) {
            fail(i % 2 == 0 ? one : two, user, address());
        }
        String staff = address();
        Optional<Instant> wait = blocked(one, user, staff);
        assertThat(wait).isPresent();
        assertThat(Duration.between(clock.instant(), wait.get())).isLessThanOrEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(blocked(two, user, staff)).as("the person signs in a minute later, whatever the attacker did").isEmpty();
    }

    @Test
    void an_address_trying_many_accounts_is_slowed_for_new_accounts_and_other_addresses_are_not() {
        String at = address();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
            fail(one, user + "-" + i, at);
        }
        assertThat(blocked(two, "someone-new-" + user, at)).isEmpty();

        fail(two, user + "-last", at);
        assertThat(blocked(one, "someone-new-" + user, at)).contains(clock.instant().plusSeconds(10));
        assertThat(blocked(one, "someone-new-" + user, address())).as("another address").isEmpty();
    }

    @Test
    void a_success_clears_the_account_at_that_address_only() {
        String at = address();
        for (int i = 0; i < 4; i++) {
            fail(one, user, at);
        }
        tx(() -> {
            two.succeeded(user, at);
            return null;
        });
        for (int i = 0; i < 4; i++) {
            assertThat(fail(one, user, at)).as("counting starts again at this address").isEmpty();
        }
        assertThat(count("u:" + user)).as("the account's count from anywhere goes on").isEqualTo(8);
    }

    @Test
    void counts_are_forgotten_an_hour_after_the_last_failure_so_the_table_stays_small() {
        String at = address();
        for (int i = 0; i < 3; i++) {
            fail(one, user, at);
        }
        assertThat(count("p:" + user + "|" + at)).isEqualTo(3);
        clock.advance(LoginThrottle.FORGET.plusSeconds(1));
        fail(two, user, at);
        assertThat(count("p:" + user + "|" + at)).as("an hour later: one new failure").isEqualTo(1);

        clock.advance(LoginThrottle.FORGET.plusSeconds(1));
        tx(() -> {
            one.forgetOld();
            return null;
        });
        assertThat(count("p:" + user + "|" + at)).as("forgotten rows are deleted").isZero();
        assertThat(count("u:" + user)).isZero();
    }

    @Test
    void two_instances_counting_at_the_same_time_lose_no_failure() throws Exception {
        String at = address();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (SignInThrottle instance : List.of(one, two)) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        fail(instance, user, at);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("u:" + user)).isEqualTo(20);
        assertThat(count("p:" + user + "|" + at)).isEqualTo(20);
    }

    private int count(String key) {
        return transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "SELECT failures FROM login_throttle WHERE throttle_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
