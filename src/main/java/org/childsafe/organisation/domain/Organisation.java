package org.childsafe.organisation.domain;

import java.time.Instant;

/** An organisation that assesses itself: an NGO, a shelter, a tourism business, a school-like home. */
public record Organisation(Long id, String name, String country, OrganisationType type, SizeBand size,
                           boolean active, Instant createdAt) {
}
