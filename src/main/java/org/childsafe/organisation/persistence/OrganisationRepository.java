package org.childsafe.organisation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends PageableRepository<OrganisationRow, Long> {

    Optional<OrganisationRow> findByNameIlike(String name);

    List<OrganisationRow> findByIdInOrderByName(Collection<Long> ids);

    List<OrganisationRow> listOrderByName();
}
