package org.childsafe.actionplan.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code action_plan}: when an assessment's stored plan was last brought in step. */
@MappedEntity("action_plan")
public record PlanStateRow(@Id long assessmentId, Instant updatedAt) {
}
