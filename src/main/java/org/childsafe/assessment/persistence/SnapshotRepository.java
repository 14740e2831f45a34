package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Stored results are written once and read; never updated. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SnapshotRepository extends GenericRepository<SnapshotRow, Long> {

    SnapshotRow save(SnapshotRow row);

    List<SnapshotRow> findByAssessmentIdOrderById(long assessmentId);

    /**
     * The snapshot each assessment serves: its newest verified snapshot where it has one, else its newest
     * submitted one. One query for a page of assessments.
     */
    @Query("SELECT s.* FROM result_snapshot s WHERE s.assessment_id IN (:assessmentIds) AND s.id = ("
            + " SELECT t.id FROM result_snapshot t WHERE t.assessment_id = s.assessment_id"
            + " ORDER BY CASE WHEN t.kind = 'verified' THEN 0 ELSE 1 END, t.id DESC LIMIT 1)")
    List<SnapshotRow> findServed(Collection<Long> assessmentIds);
}
