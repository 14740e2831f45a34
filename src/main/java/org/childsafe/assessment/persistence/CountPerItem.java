package org.childsafe.assessment.persistence;

import io.micronaut.core.annotation.Introspected;

/** A count per item code, read by an aggregate query. */
@Introspected
public record CountPerItem(String itemCode, long count) {
}
