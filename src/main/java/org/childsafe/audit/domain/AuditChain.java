package org.childsafe.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain over audit entries (ADR 0004): each entry's hash covers its own fields and the
 * previous entry's hash, so changing, removing or reordering any stored entry breaks every hash after it.
 *
 * <p>Entries are keyed: their hash is {@code <key id>:<HMAC-SHA256 hex>} with a secret kept outside the
 * database, so someone who can write to the database cannot recompute a rewritten chain. Entries written
 * before keyed hashing (up to the head's {@code legacyLastId}) carry a plain SHA-256 hex and are checked
 * with that old rule; an unkeyed entry after that boundary is refused. The head itself is sealed with
 * the key, so neither its end nor the legacy boundary can be moved.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final String HMAC = "HmacSHA256";

    private AuditChain() {
    }

    /** The secrets that sign and check the chain: the current one signs, every one known checks. */
    public interface Keys {
        /** The id of the key that signs new entries. */
        String currentId();

        /** The secret of a key by id, if this server has it. */
        Optional<byte[]> secret(String id);
    }

    /** The head of the trail as stored: the newest entry, the legacy boundary and the keyed seal over both. */
    public record Head(long lastId, String lastHash, long legacyLastId, String seal) {
    }

    /** Is this stored hash keyed ({@code id:hmac}), rather than a plain SHA-256 of the old rule? */
    public static boolean keyed(String hash) {
        return hash != null && hash.indexOf(':') > 0;
    }

    /** The key id of a keyed hash, or null for a plain one. */
    public static String keyIdOf(String hash) {
        return keyed(hash) ? hash.substring(0, hash.indexOf(':')) : null;
    }

    /** The keyed hash of an entry's fields with the current key: {@code <key id>:<HMAC-SHA256 hex>}. */
    public static String sign(Keys keys, long id, java.time.Instant at, String actor, Long organisationId,
                              String entityType, String entityId, String action, String beforeJson, String afterJson,
                              String prevHash) {
        String keyId = keys.currentId();
        return keyId + ":" + mac(secretOf(keys, keyId), canonical(id, at, actor, organisationId, entityType, entityId,
                action, beforeJson, afterJson, prevHash) + "key:" + keyId);
    }

    /** The keyed seal of a head, with the current key. */
    public static String seal(Keys keys, long lastId, String lastHash, long legacyLastId) {
        String keyId = keys.currentId();
        return keyId + ":" + mac(secretOf(keys, keyId), sealText(lastId, lastHash, legacyLastId, keyId));
    }

    /** Does the head's seal fit its fields (with whichever known key made it)? */
    public static boolean sealFits(Keys keys, Head head) {
        String keyId = keyIdOf(head.seal());
        if (keyId == null) {
            return false;
        }
        return keys.secret(keyId).map(secret -> equal(head.seal(), keyId + ":"
                + mac(secret, sealText(head.lastId(), head.lastHash(), head.legacyLastId(), keyId)))).orElse(false);
    }

    private static String sealText(long lastId, String lastHash, long legacyLastId, String keyId) {
        return "head|" + lastId + "|" + lastHash + "|" + legacyLastId + "|" + keyId;
    }

    /** A keyed MAC of a text, as {@code <key id>:<hex>}, with the current key (used for checkpoints). */
    public static String macText(Keys keys, String text) {
        String keyId = keys.currentId();
        return keyId + ":" + mac(secretOf(keys, keyId), text);
    }

    /** Does a {@code <key id>:<hex>} MAC fit the text, with whichever known key it names? */
    public static boolean macFits(Keys keys, String text, String mac) {
        String keyId = keyIdOf(mac);
        return keyId != null && keys.secret(keyId).map(s -> equal(mac, keyId + ":" + mac(s, text))).orElse(false);
    }

    private static byte[] secretOf(Keys keys, String keyId) {
        return keys.secret(keyId).orElseThrow(() -> new IllegalStateException("no audit key with id " + keyId));
    }

    private static String mac(byte[] secret, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(HMAC);
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String canonical(long id, java.time.Instant at, String actor, Long organisationId,
                                    String entityType, String entityId, String action, String beforeJson,
                                    String afterJson, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[]{id, at.toEpochMilli(), actor, organisationId, entityType, entityId, action,
                beforeJson, afterJson, prevHash}) {
            String text = field == null ? "\u2400" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        return canonical.toString();
    }

    /** The plain SHA-256 of the old (unkeyed) rule, still used to check entries written before keyed hashing. */
    public static String hash(long id, java.time.Instant at, String actor, Long organisationId, String entityType,
                              String entityId, String action, String beforeJson, String afterJson, String prevHash) {
        String canonical = canonical(id, at, actor, organisationId, entityType, entityId, action, beforeJson,
                afterJson, prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The plain (old rule) SHA-256 of an entry. */
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
        HEAD,
        /** An entry after the start of keyed hashing carries an unkeyed hash: the chain was recomputed. */
        UNKEYED,
        /** An entry (or the head) is signed with a key this server does not have. */
        UNKNOWN_KEY,
        /** The keyed seal of the head does not fit: its end or the legacy boundary was moved. */
        SEAL
    }

    /**
     * Result of checking the chain: intact, or the first entry that does not fit and why; and how many of
     * the checked entries were written before keyed hashing and checked with the old plain SHA-256 rule.
     */
    public record Verification(boolean intact, long checked, Long firstBrokenId, Break problem, long unkeyed) {

        public Verification(boolean intact, long checked, Long firstBrokenId, Break problem) {
            this(intact, checked, firstBrokenId, problem, 0);
        }

        public static Verification intact(long checked) {
            return new Verification(true, checked, null, null);
        }

        public static Verification broken(long checked, long id, Break problem) {
            return new Verification(false, checked, id, problem);
        }

        /** The same result with a count of entries checked with the old rule. */
        public Verification withUnkeyed(long count) {
            return new Verification(intact, checked, firstBrokenId, problem, count);
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
                case UNKEYED -> "it carries an unkeyed hash after keyed hashing began (the chain was recomputed)";
                case UNKNOWN_KEY -> "it is signed with a key this server does not have";
                case SEAL -> "the keyed seal of the head does not fit (its end or the legacy boundary was moved)";
            };
        }

        /** A plain English note on entries checked with the old unkeyed rule; null when there were none. */
        public String note() {
            return unkeyed == 0 ? null : unkeyed + " entries written before keyed hashing were checked with the old"
                    + " plain SHA-256 rule: they show order and completeness, not that no one with database access"
                    + " rewrote them";
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

    /**
     * Checks the whole keyed trail against its stored head: the head's seal first, then every entry from the
     * first up to the head, each with its own rule (keyed with the key it names; plain SHA-256 only up to the
     * legacy boundary), then that the walk ends where the head says.
     */
    public static Verification verifyAll(BatchReader reader, Head head, Keys keys) {
        String sealKey = keyIdOf(head.seal());
        if (sealKey != null && keys.secret(sealKey).isEmpty()) {
            return Verification.broken(0, head.lastId(), Break.UNKNOWN_KEY);
        }
        if (!sealFits(keys, head)) {
            return Verification.broken(0, head.lastId(), Break.SEAL);
        }
        String prev = GENESIS;
        long next = 1;
        long checked = 0;
        long unkeyed = 0;
        while (next <= head.lastId()) {
            List<AuditEntry> batch = reader.after(next - 1).stream().filter(e -> e.id() <= head.lastId()).toList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                Break problem = problem(e, next, prev, head.legacyLastId(), keys);
                if (problem != null) {
                    return Verification.broken(checked, problem == Break.MISSING ? next : e.id(), problem)
                            .withUnkeyed(unkeyed);
                }
                if (!keyed(e.hash())) {
                    unkeyed++;
                }
                prev = e.hash();
                next = e.id() + 1;
                checked++;
            }
        }
        if (next <= head.lastId()) {
            return Verification.broken(checked, next, Break.MISSING).withUnkeyed(unkeyed);
        }
        if (!prev.equals(head.lastHash())) {
            return Verification.broken(checked, head.lastId(), Break.HEAD).withUnkeyed(unkeyed);
        }
        return Verification.intact(checked).withUnkeyed(unkeyed);
    }

    private static Break problem(AuditEntry e, long expectedId, String prev, long legacyLastId, Keys keys) {
        if (e.id() != expectedId) {
            return Break.MISSING;
        }
        if (!e.prevHash().equals(prev)) {
            return Break.UNLINKED;
        }
        if (!keyed(e.hash())) {
            if (e.id() > legacyLastId) {
                return Break.UNKEYED;
            }
            return hashOf(e).equals(e.hash()) ? null : Break.CHANGED;
        }
        String keyId = keyIdOf(e.hash());
        Optional<byte[]> secret = keys.secret(keyId);
        if (secret.isEmpty()) {
            return Break.UNKNOWN_KEY;
        }
        String expected = keyId + ":" + mac(secret.get(), canonical(e.id(), e.at(), e.actor(), e.organisationId(),
                e.entityType(), e.entityId(), e.action(), e.beforeJson(), e.afterJson(), e.prevHash()) + "key:" + keyId);
        return equal(expected, e.hash()) ? null : Break.CHANGED;
    }

    public static Optional<String> lastHash(List<AuditEntry> entries) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).hash());
    }
}
