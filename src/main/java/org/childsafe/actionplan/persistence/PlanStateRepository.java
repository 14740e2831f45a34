package org.childsafe.actionplan.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanStateRepository extends CrudRepository<PlanStateRow, Long> {

    /** Assessments whose plan was never brought in step by this version (one query at start-up). */
    @Query("SELECT a.id FROM assessment a WHERE NOT EXISTS (SELECT 1 FROM action_plan p WHERE p.assessment_id = a.id)"
            + " ORDER BY a.id")
    java.util.List<Long> findAssessmentsWithoutState();
}
