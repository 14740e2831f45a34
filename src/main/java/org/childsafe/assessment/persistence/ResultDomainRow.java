package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of table {@code result_domain}: one domain of one perspective of a snapshot. */
@MappedEntity("result_domain")
public record ResultDomainRow(
        @Id @GeneratedValue Long id,
        long snapshotId,
        String perspective,
        String domainCode,
        int position,
        double weight,
        @Nullable Double score,
        int items,
        int answered,
        int applicable,
        int notApplicable,
        int missing,
        int dontKnow) {
}
