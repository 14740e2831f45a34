package org.childsafe.organisation.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A row of table {@code organisation}. */
@MappedEntity("organisation")
public record OrganisationRow(
        @Id @GeneratedValue Long id,
        String name,
        String country,
        @MappedProperty("org_type") String orgType,
        @MappedProperty("size_band") String sizeBand,
        boolean active,
        Instant createdAt) {
}
