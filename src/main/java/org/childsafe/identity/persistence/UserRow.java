package org.childsafe.identity.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of table {@code app_user}. */
@MappedEntity("app_user")
public record UserRow(
        @Id @GeneratedValue Long id,
        String username,
        String displayName,
        String passwordHash,
        String role,
        String language,
        boolean active,
        Instant createdAt) {
}
