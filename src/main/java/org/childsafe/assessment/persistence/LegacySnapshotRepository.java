package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The first snapshot format, read once to copy it into the current one (see V6). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LegacySnapshotRepository extends GenericRepository<SnapshotRow, Long> {

    @Query("SELECT id, assessment_id, kind, method_version, score, result_json, created_at FROM score_snapshot"
            + " WHERE converted_to IS NULL ORDER BY id")
    List<LegacySnapshotRow> findUnconverted();

    @Query("UPDATE score_snapshot SET converted_to = :snapshotId WHERE id = :id")
    void markConverted(long id, long snapshotId);
}
