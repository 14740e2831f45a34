package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewRepository extends CrudRepository<ReviewRow, Long> {

    List<ReviewRow> findByAssessmentId(long assessmentId);

    Optional<ReviewRow> findByAssessmentIdAndItemCode(long assessmentId, String itemCode);
}
