package org.childsafe.assessment.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResultPartRepository extends GenericRepository<ResultPartRow, Long> {

    <S extends ResultPartRow> List<S> saveAll(Iterable<S> rows);

    List<ResultPartRow> findBySnapshotId(long snapshotId);

    List<ResultPartRow> findBySnapshotIdInAndPerspective(Collection<Long> snapshotIds, String perspective);
}
