package org.childsafe.actionplan.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A row of table {@code action_item}; mapped to {@code ActionItem} by {@link ActionItems}. */
@MappedEntity("action_item")
public record ActionItemRow(
        @Id @GeneratedValue Long id,
        long assessmentId,
        String itemCode,
        String domainCode,
        String kind,
        String priority,
        boolean critical,
        int sortOrder,
        String textEn,
        @Nullable String textTh,
        @Nullable String ownerRoleEn,
        @Nullable String ownerRoleTh,
        @Nullable String owner,
        @Nullable LocalDate dueDate,
        @Nullable String firstStep,
        @Nullable String resources,
        @Nullable String completionIndicator,
        String status,
        @Nullable String dropReason,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedReason,
        int version) {
}
