package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.Review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers, evidence, reviews and snapshots of an assessment, with plain portable SQL inside the
 * caller's transaction. Reading an assessment's answers (with evidence counts) is one query, its
 * reviews a second.
 */
@Singleton
public class AssessmentStore {

    private final JdbcOperations jdbc;

    public AssessmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An answer row together with how many evidence entries its item has. */
    public record AnswerWithEvidence(Answer answer, int evidenceCount) {
    }

    public List<AnswerWithEvidence> answers(long assessmentId) {
        return jdbc.prepareStatement("SELECT a.item_code, a.answer, a.comment, a.na_reason, a.updated_at, a.updated_by,"
                + " (SELECT COUNT(*) FROM evidence e WHERE e.assessment_id = a.assessment_id AND e.item_code = a.item_code)"
                + " AS evidence_count FROM answer a WHERE a.assessment_id = ?", ps -> {
            ps.setLong(1, assessmentId);
            List<AnswerWithEvidence> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnswerWithEvidence(new Answer(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), instant(rs, 5), rs.getString(6)), rs.getInt(7)));
                }
            }
            return out;
        });
    }

    /** The answer of one item, if any. */
    public java.util.Optional<Answer> answer(long assessmentId, String itemCode) {
        return jdbc.prepareStatement("SELECT item_code, answer, comment, na_reason, updated_at, updated_by FROM answer"
                + " WHERE assessment_id = ? AND item_code = ?", ps -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, itemCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new Answer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5), rs.getString(6))) : java.util.Optional.empty();
            }
        });
    }

    public List<Review> reviews(long assessmentId) {
        return jdbc.prepareStatement("SELECT item_code, answer, comment, reviewer, reviewed_at FROM review"
                + " WHERE assessment_id = ?", ps -> {
            ps.setLong(1, assessmentId);
            List<Review> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Review(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs, 5)));
                }
            }
            return out;
        });
    }

    /** Evidence entries (without file bytes) of an assessment, or of one item when itemCode is not null. */
    public List<Evidence> evidence(long assessmentId, String itemCode) {
        String sql = "SELECT id, item_code, description, reference, file_name, file_type, file_size, created_at,"
                + " created_by FROM evidence WHERE assessment_id = ?" + (itemCode == null ? "" : " AND item_code = ?")
                + " ORDER BY id";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, assessmentId);
            if (itemCode != null) {
                ps.setString(2, itemCode);
            }
            List<Evidence> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long size = rs.getLong(7);
                    out.add(new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.wasNull() ? null : size, instant(rs, 8),
                            rs.getString(9)));
                }
            }
            return out;
        });
    }

    /** Inserts or replaces the answer of one item. */
    public void putAnswer(long assessmentId, Answer a) {
        int updated = jdbc.prepareStatement("UPDATE answer SET answer = ?, comment = ?, na_reason = ?, updated_at = ?,"
                + " updated_by = ? WHERE assessment_id = ? AND item_code = ?", ps -> {
            ps.setString(1, a.answer());
            ps.setString(2, a.comment());
            ps.setString(3, a.naReason());
            ps.setTimestamp(4, Timestamp.from(a.updatedAt()));
            ps.setString(5, a.updatedBy());
            ps.setLong(6, assessmentId);
            ps.setString(7, a.itemCode());
            return ps.executeUpdate();
        });
        if (updated == 0) {
            jdbc.prepareStatement("INSERT INTO answer (assessment_id, item_code, answer, comment, na_reason, updated_at,"
                    + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setLong(1, assessmentId);
                ps.setString(2, a.itemCode());
                ps.setString(3, a.answer());
                ps.setString(4, a.comment());
                ps.setString(5, a.naReason());
                ps.setTimestamp(6, Timestamp.from(a.updatedAt()));
                ps.setString(7, a.updatedBy());
                return ps.executeUpdate();
            });
        }
    }

    public void deleteAnswer(long assessmentId, String itemCode) {
        jdbc.prepareStatement("DELETE FROM answer WHERE assessment_id = ? AND item_code = ?", ps -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, itemCode);
            return ps.executeUpdate();
        });
    }

    public long addEvidence(long assessmentId, String itemCode, String description, String reference, String fileName,
                            String fileType, byte[] data, Instant at, String by) {
        jdbc.prepareStatement("INSERT INTO evidence (assessment_id, item_code, description, reference, file_name,"
                + " file_type, file_size, file_data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, itemCode);
            ps.setString(3, description);
            ps.setString(4, reference);
            ps.setString(5, fileName);
            ps.setString(6, fileType);
            if (data == null) {
                ps.setNull(7, Types.BIGINT);
                ps.setNull(8, Types.BINARY);
            } else {
                ps.setLong(7, data.length);
                ps.setBytes(8, data);
            }
            ps.setTimestamp(9, Timestamp.from(at));
            ps.setString(10, by);
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT MAX(id) FROM evidence WHERE assessment_id = ? AND item_code = ?", ps -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, itemCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public int deleteEvidence(long assessmentId, long evidenceId) {
        return jdbc.prepareStatement("DELETE FROM evidence WHERE assessment_id = ? AND id = ?", ps -> {
            ps.setLong(1, assessmentId);
            ps.setLong(2, evidenceId);
            return ps.executeUpdate();
        });
    }

    /** Deletes the described (file-less) evidence entries of one item; files stay. */
    public void deleteDescribedEvidence(long assessmentId, String itemCode) {
        jdbc.prepareStatement("DELETE FROM evidence WHERE assessment_id = ? AND item_code = ? AND file_name IS NULL",
                ps -> {
                    ps.setLong(1, assessmentId);
                    ps.setString(2, itemCode);
                    return ps.executeUpdate();
                });
    }

    /** The bytes of one uploaded evidence file, with its name and type. */
    public record EvidenceFile(String fileName, String fileType, byte[] data) {
    }

    public java.util.Optional<EvidenceFile> evidenceFile(long assessmentId, long evidenceId) {
        return jdbc.prepareStatement("SELECT file_name, file_type, file_data FROM evidence WHERE assessment_id = ?"
                + " AND id = ? AND file_name IS NOT NULL", ps -> {
            ps.setLong(1, assessmentId);
            ps.setLong(2, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new EvidenceFile(rs.getString(1), rs.getString(2),
                        rs.getBytes(3))) : java.util.Optional.empty();
            }
        });
    }

    public void putReview(long assessmentId, Review r) {
        int updated = jdbc.prepareStatement("UPDATE review SET answer = ?, comment = ?, reviewer = ?, reviewed_at = ?"
                + " WHERE assessment_id = ? AND item_code = ?", ps -> {
            ps.setString(1, r.answer());
            ps.setString(2, r.comment());
            ps.setString(3, r.reviewer());
            ps.setTimestamp(4, Timestamp.from(r.reviewedAt()));
            ps.setLong(5, assessmentId);
            ps.setString(6, r.itemCode());
            return ps.executeUpdate();
        });
        if (updated == 0) {
            jdbc.prepareStatement("INSERT INTO review (assessment_id, item_code, answer, comment, reviewer, reviewed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                ps.setLong(1, assessmentId);
                ps.setString(2, r.itemCode());
                ps.setString(3, r.answer());
                ps.setString(4, r.comment());
                ps.setString(5, r.reviewer());
                ps.setTimestamp(6, Timestamp.from(r.reviewedAt()));
                return ps.executeUpdate();
            });
        }
    }

    /** A stored, immutable score snapshot. */
    public record Snapshot(long id, long assessmentId, String kind, String methodVersion, Double score, String rating,
                           String resultJson, Instant createdAt) {
    }

    public void addSnapshot(long assessmentId, String kind, String methodVersion, Double score, String rating,
                            String resultJson, Instant at) {
        jdbc.prepareStatement("INSERT INTO score_snapshot (assessment_id, kind, method_version, score, rating,"
                + " result_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, assessmentId);
            ps.setString(2, kind);
            ps.setString(3, methodVersion);
            if (score == null) {
                ps.setNull(4, Types.DOUBLE);
            } else {
                ps.setDouble(4, score);
            }
            ps.setString(5, rating);
            ps.setString(6, resultJson);
            ps.setTimestamp(7, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    public List<Snapshot> snapshots(long assessmentId) {
        return jdbc.prepareStatement("SELECT id, assessment_id, kind, method_version, score, rating, result_json,"
                + " created_at FROM score_snapshot WHERE assessment_id = ? ORDER BY id", ps -> {
            ps.setLong(1, assessmentId);
            List<Snapshot> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(5);
                    out.add(new Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.wasNull() ? null : score, rs.getString(6), rs.getString(7), instant(rs, 8)));
                }
            }
            return out;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
