package org.childsafe.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain over audit entries: each entry's SHA-256 covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any stored entry breaks every hash after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long id, java.time.Instant at, String actor, Long organisationId, String entityType,
                              String entityId, String action, String beforeJson, String afterJson, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[]{id, at.toEpochMilli(), actor, organisationId, entityType, entityId, action,
                beforeJson, afterJson, prevHash}) {
            String text = field == null ? "\u2400" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.id(), e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(), e.action(),
                e.beforeJson(), e.afterJson(), e.prevHash());
    }

    /** Result of checking the chain: intact, or the first entry that does not fit. */
    public record Verification(boolean intact, long checked, Long firstBrokenId, String reason) {
    }

    /**
     * Checks entries in id order, starting from {@code expectedPrevHash} (the genesis hash for the
     * whole chain), and reports the first entry whose link or own hash is wrong.
     */
    public static Verification verify(List<AuditEntry> entries, String expectedPrevHash, long expectedFirstId) {
        String prev = expectedPrevHash;
        long expectedId = expectedFirstId;
        long checked = 0;
        for (AuditEntry e : entries) {
            if (e.id() != expectedId) {
                return new Verification(false, checked, e.id(), "entry " + expectedId + " is missing");
            }
            if (!e.prevHash().equals(prev)) {
                return new Verification(false, checked, e.id(), "does not link to the entry before it");
            }
            if (!hashOf(e).equals(e.hash())) {
                return new Verification(false, checked, e.id(), "its content was changed after it was written");
            }
            prev = e.hash();
            expectedId++;
            checked++;
        }
        return new Verification(true, checked, null, null);
    }

    public static Optional<String> lastHash(List<AuditEntry> entries) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).hash());
    }
}
