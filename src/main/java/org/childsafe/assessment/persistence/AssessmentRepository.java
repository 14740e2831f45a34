package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssessmentRepository extends CrudRepository<AssessmentRow, Long> {

    List<AssessmentRow> findByOrganisationIdInOrderByCreatedAtDesc(Collection<Long> organisationIds);

    List<AssessmentRow> listOrderByCreatedAtDesc();

    long countByOrganisationId(long organisationId);
}
