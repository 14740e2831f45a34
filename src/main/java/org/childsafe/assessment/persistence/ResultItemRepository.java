package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResultItemRepository extends GenericRepository<ResultItemRow, Long> {

    <S extends ResultItemRow> List<S> saveAll(Iterable<S> rows);

    List<ResultItemRow> findBySnapshotIdOrderByPosition(long snapshotId);
}
