package org.childsafe.assessment.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnswerRepository extends CrudRepository<AnswerRow, Long> {

    List<AnswerRow> findByAssessmentId(long assessmentId);

    Optional<AnswerRow> findByAssessmentIdAndItemCode(long assessmentId, String itemCode);

    /** How many items have an answer given in the round (carried ones still to re-check left out), per assessment of a page (one query whatever the page's length). */
    @Query("SELECT assessment_id, COUNT(*) AS count FROM answer WHERE assessment_id IN (:assessmentIds)"
            + " AND recheck = FALSE GROUP BY assessment_id")
    List<CountPerAssessment> countPerAssessment(Collection<Long> assessmentIds);
}
