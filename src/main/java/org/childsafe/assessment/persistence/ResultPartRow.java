package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of table {@code result_part}: the overall result of one perspective of a snapshot. */
@MappedEntity("result_part")
public record ResultPartRow(
        @Id @GeneratedValue Long id,
        long snapshotId,
        String perspective,
        @Nullable Double score,
        @Nullable String band,
        @Nullable String rating,
        boolean provisional,
        boolean indicative,
        int items,
        int answered,
        int applicable,
        int notApplicable,
        int dontKnow,
        int unanswered) {
}
