package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssessmentRepository extends PageableRepository<AssessmentRow, Long> {

    /**
     * The row, locked until the transaction ends ({@code SELECT ... FOR UPDATE}): every change of an
     * assessment, its answers, reviews or plan takes this lock first, so changes of one assessment happen one
     * after the other while other assessments go on in parallel.
     */
    Optional<AssessmentRow> findByIdForUpdate(Long id);

    Page<AssessmentRow> findByOrganisationIdIn(Collection<Long> organisationIds, Pageable pageable);

    List<AssessmentRow> findByOrganisationIdInOrderByCreatedAtDesc(Collection<Long> organisationIds);

    List<AssessmentRow> listOrderByCreatedAtDesc();

    long countByOrganisationId(long organisationId);

    void updateLastItemCode(@Id Long id, String lastItemCode);

    /** The fields the workflow changes; the plan's bookkeeping stays as it is. */
    void update(@Id Long id, String status, @Nullable String returnComment, @Nullable String lastItemCode,
                @Nullable Instant submittedAt, @Nullable Instant verifiedAt, @Nullable String verifiedBy);
}
