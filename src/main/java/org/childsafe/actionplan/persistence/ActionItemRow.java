package org.childsafe.actionplan.persistence;

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
        String textTh,
        String ownerRoleEn,
        String ownerRoleTh,
        String owner,
        LocalDate dueDate,
        String firstStep,
        String resources,
        String completionIndicator,
        String status,
        String dropReason,
        Instant updatedAt,
        String updatedBy) {
}
