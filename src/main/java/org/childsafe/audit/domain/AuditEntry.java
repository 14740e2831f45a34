package org.childsafe.audit.domain;

import java.time.Instant;

/**
 * One entry of the append-only audit trail: who changed what, when, with the state before and after
 * (JSON, null where there was nothing). {@code hash} covers every other field and {@code prevHash}.
 */
public record AuditEntry(long id, Instant at, String actor, Long organisationId, String entityType, String entityId,
                         String action, String beforeJson, String afterJson, String prevHash, String hash) {
}
