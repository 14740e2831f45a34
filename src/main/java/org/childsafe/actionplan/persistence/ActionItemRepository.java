package org.childsafe.actionplan.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ActionItemRepository extends CrudRepository<ActionItemRow, Long> {

    List<ActionItemRow> findByAssessmentIdOrderBySortOrderAsc(long assessmentId);

    Optional<ActionItemRow> findByIdAndAssessmentId(long id, long assessmentId);
}
