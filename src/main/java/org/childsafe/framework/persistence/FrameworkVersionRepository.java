package org.childsafe.framework.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Insert and read only: an imported framework version is immutable. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FrameworkVersionRepository extends GenericRepository<FrameworkVersionRow, Long> {

    FrameworkVersionRow save(FrameworkVersionRow row);

    Optional<FrameworkVersionRow> findById(Long id);

    Optional<FrameworkVersionRow> findByCodeAndVersion(String code, String version);

    List<FrameworkVersionRow> findByCodeOrderByImportedAt(String code);

    /** The list without the file contents. */
    @Query("SELECT id, code, version, title_en, title_th, item_count, indicative, '' AS content, sha256, imported_at,"
            + " imported_by FROM framework_version ORDER BY code, imported_at")
    List<FrameworkVersionRow> listSummaries();
}
