package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvidenceRepository extends GenericRepository<EvidenceRow, Long> {

    EvidenceRow save(EvidenceRow row);

    List<EvidenceListing> findByAssessmentIdOrderById(long assessmentId);

    List<EvidenceListing> findByAssessmentIdAndItemCodeOrderById(long assessmentId, String itemCode);

    Optional<EvidenceListing> findByIdAndAssessmentId(Long id, long assessmentId);

    @Query("SELECT file_name, file_type, file_data FROM evidence WHERE id = :id AND assessment_id = :assessmentId"
            + " AND file_name IS NOT NULL")
    Optional<EvidenceFileRow> findFile(long id, long assessmentId);

    /** How many evidence entries each item of an assessment has. */
    @Query("SELECT item_code, COUNT(*) AS count FROM evidence WHERE assessment_id = :assessmentId GROUP BY item_code")
    List<CountPerItem> countPerItem(long assessmentId);

    void deleteByIdAndAssessmentId(Long id, long assessmentId);

    /** The described (file-less) evidence of one item; uploaded files stay. */
    @Query("DELETE FROM evidence WHERE assessment_id = :assessmentId AND item_code = :itemCode AND file_name IS NULL")
    void deleteDescribed(long assessmentId, String itemCode);
}
