package org.childsafe.identity.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What decides whether a signed-in session may go on, read and changed with plain JDBC in the caller's
 * transaction: the per-user session version (raised to end every session of a person on every instance),
 * the demo mark, and the person's deactivated organisations. These columns are never written through
 * {@link UserRow}, so a full-row update elsewhere cannot undo a raise.
 */
@Singleton
public class AccountStore {

    private final JdbcOperations jdbc;

    public AccountStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The session version of an active account (demo accounts only when allowed): one primary-key read. */
    public Optional<Integer> sessionVersion(long userId, boolean demoAllowed) {
        return jdbc.prepareStatement("SELECT session_version, demo FROM app_user WHERE id = ? AND active = TRUE",
                ps -> {
                    ps.setLong(1, userId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getBoolean(2) && !demoAllowed) {
                            return Optional.<Integer>empty();
                        }
                        return Optional.of(rs.getInt(1));
                    }
                });
    }

    /** Ends every session of one person: the next request of each sees a newer version. */
    public void endSessions(long userId) {
        jdbc.prepareStatement("UPDATE app_user SET session_version = session_version + 1 WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
    }

    /** Ends every session of the people linked to an organisation. */
    public void endSessionsOfOrganisation(long organisationId) {
        jdbc.prepareStatement("UPDATE app_user SET session_version = session_version + 1 WHERE id IN"
                + " (SELECT user_id FROM user_organisation WHERE organisation_id = ?)", ps -> {
                    ps.setLong(1, organisationId);
                    return ps.executeUpdate();
                });
    }

    public boolean demo(long userId) {
        return jdbc.prepareStatement("SELECT demo FROM app_user WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    public void markDemo(long userId) {
        jdbc.prepareStatement("UPDATE app_user SET demo = TRUE WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
    }

    /** How many active demo accounts there are. */
    public long countActiveDemo() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM app_user WHERE demo = TRUE AND active = TRUE", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The person's organisations that an administrator has deactivated. */
    public Set<Long> inactiveOrganisations(long userId) {
        return jdbc.prepareStatement("SELECT uo.organisation_id FROM user_organisation uo JOIN organisation o"
                + " ON o.id = uo.organisation_id WHERE uo.user_id = ? AND o.active = FALSE", ps -> {
                    ps.setLong(1, userId);
                    Set<Long> out = new HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                        }
                    }
                    return out;
                });
    }
}
