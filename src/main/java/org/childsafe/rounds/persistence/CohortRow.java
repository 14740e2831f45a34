package org.childsafe.rounds.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code cohort}. */
@MappedEntity("cohort")
public record CohortRow(@Id @GeneratedValue Long id, String name, long trainerId, Instant createdAt, String createdBy) {
}
