package org.childsafe.audit.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.childsafe.audit.domain.AuditChain.Head;
import org.childsafe.audit.domain.AuditEntry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and appends audit entries with plain JDBC inside the caller's transaction. Appending locks
 * the single {@code audit_head} row first, so concurrent writers append one after the other.
 */
@Singleton
public class AuditStore {

    private final JdbcOperations jdbc;

    public AuditStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static final String HEAD = "SELECT last_id, last_hash, legacy_last_id, head_mac FROM audit_head WHERE id = 1";

    /** The chain head, locked until the surrounding transaction ends. */
    public Head lockHead() {
        return readHead(HEAD + " FOR UPDATE");
    }

    /** The chain head as committed now, without locking it (for checking the chain). */
    public Head head() {
        return readHead(HEAD);
    }

    private Head readHead(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_head row is missing");
                }
                return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4));
            }
        });
    }

    /** Stores the keyed seal of the head (its fields unchanged). */
    public void seal(String seal) {
        jdbc.prepareStatement("UPDATE audit_head SET head_mac = ? WHERE id = 1", ps -> {
            ps.setString(1, seal);
            return ps.executeUpdate();
        });
    }

    /** The stored hash of one entry, if it is there. */
    public java.util.Optional<String> hashOf(long id) {
        return jdbc.prepareStatement("SELECT hash FROM audit_log WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
            }
        });
    }

    /** Appends an entry and moves the head to it, with the head's new seal. */
    public void append(AuditEntry e, String seal) {
        insert(e);
        jdbc.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ?, head_mac = ? WHERE id = 1", ps -> {
            ps.setLong(1, e.id());
            ps.setString(2, e.hash());
            ps.setString(3, seal);
            return ps.executeUpdate();
        });
    }

    /** Writes one entry as it is, without touching the head (appending goes through {@link #append}). */
    public void insert(AuditEntry e) {
        jdbc.prepareStatement("INSERT INTO audit_log (id, at, actor, organisation_id, entity_type, entity_id, action,"
                + " before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, e.id());
            ps.setTimestamp(2, Timestamp.from(e.at()));
            ps.setString(3, e.actor());
            if (e.organisationId() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, e.organisationId());
            }
            ps.setString(5, e.entityType());
            ps.setString(6, e.entityId());
            ps.setString(7, e.action());
            ps.setString(8, e.beforeJson());
            ps.setString(9, e.afterJson());
            ps.setString(10, e.prevHash());
            ps.setString(11, e.hash());
            return ps.executeUpdate();
        });
    }

    /** Entries with id greater than {@code afterId} and at most {@code upToId}, oldest first, at most {@code limit}. */
    public List<AuditEntry> read(long afterId, long upToId, int limit) {
        return jdbc.prepareStatement("SELECT * FROM audit_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?", ps -> {
            ps.setLong(1, afterId);
            ps.setLong(2, upToId);
            ps.setInt(3, limit);
            return list(ps);
        });
    }

    /** The newest entries of one organisation (or of all, when null), newest first. */
    public List<AuditEntry> latest(Long organisationId, int offset, int limit) {
        String where = organisationId == null ? "" : " WHERE organisation_id = ?";
        return jdbc.prepareStatement("SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", ps -> {
            int i = 1;
            if (organisationId != null) {
                ps.setLong(i++, organisationId);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            return list(ps);
        });
    }

    public long count(Long organisationId) {
        String where = organisationId == null ? "" : " WHERE organisation_id = ?";
        return jdbc.prepareStatement("SELECT COUNT(*) FROM audit_log" + where, ps -> {
            if (organisationId != null) {
                ps.setLong(1, organisationId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<AuditEntry> list(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long org = rs.getLong("organisation_id");
                // wasNull() speaks of the last column read, so it must come straight after getLong
                Long organisationId = rs.wasNull() ? null : org;
                out.add(new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        organisationId, rs.getString("entity_type"), rs.getString("entity_id"),
                        rs.getString("action"), rs.getString("before_json"), rs.getString("after_json"),
                        rs.getString("prev_hash"), rs.getString("hash")));
            }
        }
        return out;
    }
}
