package org.childsafe.identity.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Failed sign-ins per throttle key (table {@code login_throttle}), shared by every instance on the same
 * database. Counting is one atomic UPDATE (or the INSERT of a first failure), so instances never lose a
 * failure between them.
 */
@Singleton
public class ThrottleStore {

    private final JdbcOperations jdbc;

    public ThrottleStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest time until which any of the keys is blocked, if that is after {@code now}. */
    public Optional<Instant> blockedUntil(Collection<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        return jdbc.prepareStatement("SELECT MAX(blocked_until) FROM login_throttle WHERE throttle_key IN (" + marks
                + ") AND blocked_until > ?", ps -> {
                    int i = 1;
                    for (String key : keys) {
                        ps.setString(i++, key);
                    }
                    ps.setTimestamp(i, Timestamp.from(now));
                    try (ResultSet rs = ps.executeQuery()) {
                        Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                        return Optional.ofNullable(t).map(Timestamp::toInstant);
                    }
                });
    }

    /**
     * Counts one failure for a key and gives the count: failures before {@code forgetBefore} no longer
     * count (the count starts again at one).
     */
    public int fail(String key, Instant now, Instant forgetBefore) {
        if (update(key, now, forgetBefore) == 0) {
            // the first failure of this key; ON CONFLICT (H2 in PostgreSQL mode and PostgreSQL alike) lets an
            // instance that raced us win without aborting this transaction, and we count on top of its row
            int inserted = jdbc.prepareStatement("INSERT INTO login_throttle (throttle_key, failures, last_failure,"
                    + " blocked_until) VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING", ps -> {
                        ps.setString(1, key);
                        ps.setTimestamp(2, Timestamp.from(now));
                        ps.setTimestamp(3, Timestamp.from(now));
                        return ps.executeUpdate();
                    });
            if (inserted == 1) {
                return 1;
            }
            update(key, now, forgetBefore);
        }
        return jdbc.prepareStatement("SELECT failures FROM login_throttle WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private int update(String key, Instant now, Instant forgetBefore) {
        return jdbc.prepareStatement("UPDATE login_throttle SET failures = CASE WHEN last_failure < ?"
                + " THEN 1 ELSE failures + 1 END, last_failure = ? WHERE throttle_key = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(forgetBefore));
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setString(3, key);
                    return ps.executeUpdate();
                });
    }

    public void block(String key, Instant until) {
        jdbc.prepareStatement("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(until));
            ps.setString(2, key);
            return ps.executeUpdate();
        });
    }

    public void clear(String key) {
        jdbc.prepareStatement("DELETE FROM login_throttle WHERE throttle_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }

    /** Forgets keys whose last failure is older than the given time and that are not blocked now; how many. */
    public int forget(Instant lastFailureBefore, Instant now) {
        return jdbc.prepareStatement("DELETE FROM login_throttle WHERE last_failure < ? AND blocked_until <= ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(lastFailureBefore));
            ps.setTimestamp(2, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }
}
