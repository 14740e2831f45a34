package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Introspected;

/** A count per assessment, read by an aggregate query. */
@Introspected
public record CountPerAssessment(long assessmentId, long count) {
}
