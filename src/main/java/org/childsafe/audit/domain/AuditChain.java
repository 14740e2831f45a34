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

    /** Why an entry breaks the chain. */
    public enum Break {
        /** An entry (by id) is not there: deleted, or the trail ends before its recorded end. */
        MISSING,
        /** The entry's previous-hash is not the hash of the entry before it (reordered or replaced). */
        UNLINKED,
        /** The entry's own hash does not fit its content: it was edited after it was written. */
        CHANGED,
        /** The newest entry is not the one the head of the trail records (the end was rewritten). */
        HEAD
    }

    /** Result of checking the chain: intact, or the first entry that does not fit and why. */
    public record Verification(boolean intact, long checked, Long firstBrokenId, Break problem) {

        public static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        public static Verification broken(long checked, long id, Break problem) {
            return new Verification(false, checked, id, problem);
        }

        /** A plain English sentence for the API and logs; null when intact. */
        public String reason() {
            if (problem == null) {
                return null;
            }
            return switch (problem) {
                case MISSING -> "entry " + firstBrokenId + " is missing";
                case UNLINKED -> "does not link to the entry before it";
                case CHANGED -> "its content was changed after it was written";
                case HEAD -> "it is not the newest entry recorded at the head of the trail";
            };
        }
    }

    /** Reads the stored entries with id greater than {@code afterId}, oldest first (one batch, may be short). */
    @FunctionalInterface
    public interface BatchReader {
        List<AuditEntry> after(long afterId);
    }

    /**
     * Checks entries in id order, starting from {@code expectedPrevHash} (the genesis hash for the
     * whole chain) and {@code expectedFirstId}, and reports the first entry whose id, link or own hash
     * is wrong. A gap in the ids is reported as the missing id.
     */
    public static Verification verify(List<AuditEntry> entries, String expectedPrevHash, long expectedFirstId) {
        String prev = expectedPrevHash;
        long expectedId = expectedFirstId;
        long checked = 0;
        for (AuditEntry e : entries) {
            if (e.id() != expectedId) {
                return Verification.broken(checked, expectedId, Break.MISSING);
            }
            if (!e.prevHash().equals(prev)) {
                return Verification.broken(checked, e.id(), Break.UNLINKED);
            }
            if (!hashOf(e).equals(e.hash())) {
                return Verification.broken(checked, e.id(), Break.CHANGED);
            }
            prev = e.hash();
            expectedId++;
            checked++;
        }
        return Verification.intact(checked);
    }

    /**
     * Checks the whole trail, batch by batch, from the first entry up to the head (the last id and hash
     * recorded when the newest entry was appended). Checking against the head also catches entries
     * removed from the end, which a walk over the remaining entries alone would not notice.
     */
    public static Verification verifyAll(BatchReader reader, long headId, String headHash) {
        String prev = GENESIS;
        long next = 1;
        long checked = 0;
        while (next <= headId) {
            List<AuditEntry> batch = reader.after(next - 1).stream().filter(e -> e.id() <= headId).toList();
            if (batch.isEmpty()) {
                break;
            }
            Verification v = verify(batch, prev, next);
            if (!v.intact()) {
                return Verification.broken(checked + v.checked(), v.firstBrokenId(), v.problem());
            }
            checked += v.checked();
            prev = batch.get(batch.size() - 1).hash();
            next = batch.get(batch.size() - 1).id() + 1;
        }
        if (next <= headId) {
            return Verification.broken(checked, next, Break.MISSING);
        }
        if (!prev.equals(headHash)) {
            return Verification.broken(checked, headId, Break.HEAD);
        }
        return Verification.intact(checked);
    }

    public static Optional<String> lastHash(List<AuditEntry> entries) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).hash());
    }
}
