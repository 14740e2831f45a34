package org.childsafe.rounds.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend and the dashboard, aggregated in SQL from stored results and stored plans (portable SQL: common
 * table expressions and window functions run the same on H2 and PostgreSQL). Every query starts from the
 * same two steps: the snapshot each assessment serves (its newest verified one, else its newest submitted
 * one), then each organisation's rounds in order of submission, newest first.
 */
@Singleton
public class RoundsReadModel {

    private final JdbcOperations jdbc;

    public RoundsReadModel(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose rounds: one organisation, or the organisations of a cohort. */
    public record Scope(Long organisationId, Long cohortId) {
        public static Scope organisation(long id) {
            return new Scope(id, null);
        }

        public static Scope cohort(long id) {
            return new Scope(null, id);
        }

        String condition() {
            // a cohort's organisations that its trainer still follows
            return organisationId != null ? "s.organisation_id = ?"
                    : "s.organisation_id IN (" + CohortRepository.FOLLOWED + ")";
        }

        long id() {
            return organisationId != null ? organisationId : cohortId;
        }
    }

    private static String rounds(Scope scope) {
        return "WITH served AS (SELECT s.organisation_id, s.assessment_id, s.id AS snapshot_id, s.kind,"
                + " s.framework_version_id, ROW_NUMBER() OVER (PARTITION BY s.assessment_id ORDER BY"
                + " CASE WHEN s.kind = 'verified' THEN 0 ELSE 1 END, s.id DESC) AS rn FROM result_snapshot s"
                + " WHERE s.framework_code = ? AND " + scope.condition() + "),"
                + " ordered AS (SELECT v.organisation_id, v.assessment_id, v.snapshot_id, v.kind,"
                + " v.framework_version_id, a.status, a.period, a.submitted_at,"
                + " ROW_NUMBER() OVER (PARTITION BY v.organisation_id ORDER BY a.submitted_at DESC, v.assessment_id DESC)"
                + " AS round_desc, COUNT(*) OVER (PARTITION BY v.organisation_id) AS rounds"
                + " FROM served v JOIN assessment a ON a.id = v.assessment_id WHERE v.rn = 1) ";
    }

    /**
     * One round of an organisation: its served snapshot's overall result.
     *
     * @param roundDesc 1 for the latest round, 2 for the one before, ...
     * @param rounds    how many rounds the organisation has on the framework code
     */
    public record Round(long organisationId, long assessmentId, long snapshotId, String kind, String version,
                        String status, String period, Instant submittedAt, int roundDesc, int rounds, Double score,
                        String band, String rating) {
    }

    /** The rounds in scope, newest first per organisation; at most {@code latest} per organisation (0: all). */
    public List<Round> rounds(String frameworkCode, Scope scope, int latest) {
        String sql = rounds(scope) + "SELECT o.organisation_id, o.assessment_id, o.snapshot_id, o.kind, fv.version,"
                + " o.status, o.period, o.submitted_at, o.round_desc, o.rounds, p.score, p.band, p.rating FROM ordered o"
                + " JOIN result_part p ON p.snapshot_id = o.snapshot_id AND p.perspective = 'effective'"
                + " JOIN framework_version fv ON fv.id = o.framework_version_id"
                + (latest > 0 ? " WHERE o.round_desc <= ?" : "") + " ORDER BY o.organisation_id, o.round_desc";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bind(ps, frameworkCode, scope);
            if (latest > 0) {
                ps.setInt(i, latest);
            }
            List<Round> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Round(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), rs.getInt(9), rs.getInt(10),
                            number(rs, 11), rs.getString(12), rs.getString(13)));
                }
            }
            return out;
        });
    }

    /** One domain's score in a served snapshot. */
    public record DomainScore(long snapshotId, String code, int position, Double score) {
    }

    /** The domain scores of the rounds in scope (the latest {@code latest} per organisation; 0: all). */
    public List<DomainScore> domains(String frameworkCode, Scope scope, int latest) {
        String sql = rounds(scope) + "SELECT d.snapshot_id, d.domain_code, d.position, d.score FROM ordered o"
                + " JOIN result_domain d ON d.snapshot_id = o.snapshot_id AND d.perspective = 'effective'"
                + (latest > 0 ? " WHERE o.round_desc <= ?" : "") + " ORDER BY d.snapshot_id, d.position";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bind(ps, frameworkCode, scope);
            if (latest > 0) {
                ps.setInt(i, latest);
            }
            List<DomainScore> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DomainScore(rs.getLong(1), rs.getString(2), rs.getInt(3), number(rs, 4)));
                }
            }
            return out;
        });
    }

    /** An item below 1 in the latest round of this many organisations. */
    public record Gap(String itemCode, int organisations) {
    }

    /** The items most often below 1 in the latest rounds: most first, then by code. */
    public List<Gap> commonGaps(String frameworkCode, Scope scope, int limit) {
        String sql = rounds(scope) + "SELECT i.item_code, COUNT(DISTINCT o.organisation_id) AS n FROM ordered o"
                + " JOIN result_item i ON i.snapshot_id = o.snapshot_id AND i.perspective = 'effective'"
                + " WHERE o.round_desc = 1 AND i.item_value < 1 GROUP BY i.item_code ORDER BY n DESC, i.item_code"
                + " LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setInt(bind(ps, frameworkCode, scope), limit);
            List<Gap> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Gap(rs.getString(1), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    /** The open plan of an organisation's latest round: done, open (open and in progress), overdue. */
    public record Actions(long organisationId, int done, int open, int overdue) {
    }

    public List<Actions> latestActions(String frameworkCode, Scope scope, LocalDate today) {
        String sql = rounds(scope) + "SELECT o.organisation_id,"
                + " SUM(CASE WHEN ai.status = 'done' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN ai.status IN ('open', 'in_progress') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN ai.status IN ('open', 'in_progress') AND ai.due_date < ? THEN 1 ELSE 0 END)"
                + " FROM ordered o JOIN action_item ai ON ai.assessment_id = o.assessment_id"
                + " AND ai.resolved_reason IS NULL WHERE o.round_desc = 1 GROUP BY o.organisation_id";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setDate(bind(ps, frameworkCode, scope), Date.valueOf(today));
            List<Actions> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Actions(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    private static int bind(PreparedStatement ps, String frameworkCode, Scope scope) throws SQLException {
        ps.setString(1, frameworkCode);
        ps.setLong(2, scope.id());
        return 3;
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
