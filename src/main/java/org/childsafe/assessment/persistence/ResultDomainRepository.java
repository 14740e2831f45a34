package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResultDomainRepository extends GenericRepository<ResultDomainRow, Long> {

    <S extends ResultDomainRow> List<S> saveAll(Iterable<S> rows);

    List<ResultDomainRow> findBySnapshotIdOrderByPosition(long snapshotId);
}
