package org.childsafe.actionplan.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stored actions. Never deleted. Two kinds of update touch disjoint columns, so that they never undo each
 * other: the plan's regeneration writes what is generated and the resolution; people's edits write what
 * people write (and the version).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ActionItemRepository extends GenericRepository<ActionItemRow, Long> {

    ActionItemRow save(ActionItemRow row);

    List<ActionItemRow> findByAssessmentIdOrderBySortOrderAsc(long assessmentId);

    Optional<ActionItemRow> findByIdAndAssessmentId(Long id, long assessmentId);

    /** What the plan's regeneration writes. */
    void update(@Id Long id, String domainCode, String kind, String priority, boolean critical, int sortOrder,
                String textEn, @Nullable String textTh, @Nullable String ownerRoleEn, @Nullable String ownerRoleTh,
                @Nullable Instant resolvedAt, @Nullable String resolvedReason);

    /** What people write. */
    void update(@Id Long id, @Nullable String owner, @Nullable LocalDate dueDate, @Nullable String firstStep,
                @Nullable String resources, @Nullable String completionIndicator, String status,
                @Nullable String dropReason, Instant updatedAt, String updatedBy, int version);
}
