package org.childsafe.framework.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code framework_version}: the imported file text and list columns. Never updated. */
@MappedEntity("framework_version")
public record FrameworkVersionRow(
        @Id @GeneratedValue Long id,
        String code,
        String version,
        String titleEn,
        @Nullable String titleTh,
        int itemCount,
        boolean indicative,
        String content,
        String sha256,
        Instant importedAt,
        String importedBy) {
}
