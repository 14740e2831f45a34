package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of table {@code result_item}: one item of one perspective of a snapshot.
 *
 * @param itemValue v after the evidence gate; null when not applicable or unanswered
 * @param flags     the item's flag codes, comma-separated in flag order (empty when none)
 */
@MappedEntity("result_item")
public record ResultItemRow(
        @Id @GeneratedValue Long id,
        long snapshotId,
        String perspective,
        String itemCode,
        String domainCode,
        int position,
        boolean critical,
        double weight,
        @Nullable String answer,
        @Nullable Double itemValue,
        String flags) {
}
