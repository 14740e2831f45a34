package org.childsafe.audit.service;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.audit.domain.AuditChain;
import org.childsafe.audit.domain.AuditCheckpoint;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.persistence.AuditStore;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.ForbiddenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The audit trail. Every change to answers, evidence, reviews, status, actions, users and frameworks
 * is recorded here in the same transaction as the change itself, so a change and its record stand or
 * fall together.
 */
@Singleton
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private static final org.slf4j.Logger CHECKPOINTS = org.slf4j.LoggerFactory.getLogger("childsafe.audit.checkpoint");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    private final AuditStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditChain.Keys keys;

    public AuditLog(AuditStore store, JsonMapper json, Clock clock, AuditKeyring keys) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Appends one entry. {@code before} and {@code after} are plain maps (or null) of the fields that
     * matter to a reader; they are stored as JSON.
     */
    @Transactional
    public void record(Actor actor, Long organisationId, String entityType, Object entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        recordAs(actor.username(), organisationId, entityType, entityId, action, before, after);
    }

    /** Appends one entry in the name of someone who may not be signed in (e.g. a failed sign-in). */
    @Transactional
    public void recordAs(String actorName, Long organisationId, String entityType, Object entityId, String action,
                         Map<String, ?> before, Map<String, ?> after) {
        AuditChain.Head head = store.lockHead();
        long id = head.lastId() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String actor = actorName == null || actorName.isBlank() ? "unknown"
                : actorName.length() > 64 ? actorName.substring(0, 64) : actorName;
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = AuditChain.sign(keys, id, at, actor, organisationId, entityType, String.valueOf(entityId),
                action, beforeJson, afterJson, head.lastHash());
        store.append(new AuditEntry(id, at, actor, organisationId, entityType, String.valueOf(entityId),
                action, beforeJson, afterJson, head.lastHash(), hash), nextSeal(head, id, hash));
    }

    /**
     * The head's seal after appending: a fresh one while the current seal fits (or the head is the unsealed
     * end of a trail from before keyed hashing); otherwise the head was moved behind ChildSafe's back, and
     * the seal stays broken, naming where that was found, so the check keeps reporting it.
     */
    private String nextSeal(AuditChain.Head head, long id, String hash) {
        if (AuditChain.sealFits(keys, head) || head.seal() == null && unkeyedEnd(head)) {
            return AuditChain.seal(keys, id, hash, head.legacyLastId());
        }
        if (head.seal() != null && head.seal().startsWith(BROKEN_SEAL)) {
            return head.seal();
        }
        LOG.error("Audit chain: the head (entry {}) does not fit its seal: it was changed outside ChildSafe."
                + " The chain check reports it from now on; compare with the checkpoints kept outside.", head.lastId());
        return BROKEN_SEAL + head.lastId();
    }

    /** Marks a head found moved behind ChildSafe's back; never a valid seal. */
    private static final String BROKEN_SEAL = "broken-at-";

    /** The end of a trail written before keyed hashing, never sealed yet: what the migration leaves. */
    private static boolean unkeyedEnd(AuditChain.Head head) {
        return !AuditChain.keyed(head.lastHash()) && head.legacyLastId() == head.lastId();
    }

    /**
     * Seals the head on the first start with keyed hashing (ADR 0004): the entries written so far keep
     * the plain rule up to {@code legacyLastId}. A head without a seal but with keyed entries is never
     * sealed again here: the check then reports it.
     */
    @Transactional
    public void sealIfNeeded() {
        AuditChain.Head head = store.lockHead();
        if (head.seal() != null) {
            return;
        }
        if (!unkeyedEnd(head)) {
            LOG.error("Audit chain: the head has no seal although keyed entries exist; the chain check reports it");
            return;
        }
        store.seal(AuditChain.seal(keys, head.lastId(), head.lastHash(), head.legacyLastId()));
        if (head.lastId() == 0) {
            LOG.info("Audit chain: a new trail, keyed from its first entry (ADR 0004)");
            return;
        }
        LOG.warn("Audit chain: keyed hashing starts after entry {}; the {} entries before keep the plain SHA-256"
                + " rule (ADR 0004). Keep this line: it is printed once.", head.lastId(), head.lastId());
    }

    /** A signed checkpoint of the head as it stands, also printed to the log (administrators). */
    @Transactional(readOnly = true)
    public AuditCheckpoint checkpoint(Actor actor) {
        if (!Access.canAdminister(actor)) {
            throw new ForbiddenException("error.audit.verifyAdminOnly");
        }
        return logCheckpoint();
    }

    /** Prints a signed checkpoint of the head to the log (start-up, periodically, on demand). */
    @Transactional(readOnly = true)
    public AuditCheckpoint logCheckpoint() {
        AuditChain.Head head = store.head();
        AuditCheckpoint checkpoint = AuditCheckpoint.of(keys, head.lastId(), head.lastHash(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        CHECKPOINTS.info(checkpoint.line());
        return checkpoint;
    }

    /** What checking the trail against a checkpoint kept outside found. */
    public record CheckpointCheck(boolean signed, boolean entryFits, AuditChain.Verification chain) {
        public boolean holds() {
            return signed && entryFits && chain.intact();
        }
    }

    /**
     * Checks a checkpoint line: that one of the keys signed it, that the entry it names is still there with
     * the same hash, and that the chain up to the head is intact (administrators).
     */
    @Transactional(readOnly = true)
    public CheckpointCheck check(Actor actor, String checkpointLine) {
        AuditChain.Verification chain = verify(actor);
        AuditCheckpoint checkpoint = AuditCheckpoint.parse(checkpointLine).orElseThrow(() ->
                org.childsafe.kernel.InvalidInputException.field("checkpoint", "error.audit.checkpoint"));
        boolean signed = checkpoint.signedBy(keys);
        boolean fits = checkpoint.headId() == 0 ? AuditChain.GENESIS.equals(checkpoint.headHash())
                : store.hashOf(checkpoint.headId()).map(checkpoint.headHash()::equals).orElse(false);
        return new CheckpointCheck(signed, fits, chain);
    }

    /**
     * Checks the whole chain in batches, up to the head as it stands when the check starts (entries
     * appended meanwhile are left for the next check): intact, or the first broken entry.
     */
    @Transactional(readOnly = true)
    public AuditChain.Verification verify(Actor actor) {
        if (!Access.canAdminister(actor)) {
            throw new ForbiddenException("error.audit.verifyAdminOnly");
        }
        AuditChain.Head head = store.head();
        return AuditChain.verifyAll(afterId -> store.read(afterId, head.lastId(), VERIFY_BATCH), head, keys);
    }

    /** Newest first; admins see everything (organisationId null), others one organisation they may see. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(Actor actor, Long organisationId, int offset, int limit) {
        checkHistory(actor, organisationId);
        return store.latest(organisationId, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, Long organisationId) {
        checkHistory(actor, organisationId);
        return store.count(organisationId);
    }

    /** The state before and after a change, as short "field: value" texts. */
    public record Change(String before, String after) {
    }

    /**
     * What an entry changed, for people reading the trail: only the fields whose values differ (all of
     * them when there was nothing before or after), as "field: value" joined by commas. A value that is
     * not a JSON object is shown as it is.
     */
    public Change change(AuditEntry entry) {
        Map<String, Object> before = parse(entry.beforeJson());
        Map<String, Object> after = parse(entry.afterJson());
        if (before == null || after == null) {
            return new Change(before == null ? nullToEmpty(entry.beforeJson()) : describe(before, before.keySet()),
                    after == null ? nullToEmpty(entry.afterJson()) : describe(after, after.keySet()));
        }
        java.util.Set<String> changed = new java.util.TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(key -> java.util.Objects.equals(before.get(key), after.get(key)));
        return new Change(describe(before, changed), describe(after, changed));
    }

    private Map<String, Object> parse(String json) {
        if (json == null || !json.startsWith("{")) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = this.json.readValue(json, Map.class);
            return map;
        } catch (IOException | RuntimeException notAnObject) {
            return null;
        }
    }

    private static String describe(Map<String, Object> values, java.util.Collection<String> keys) {
        return keys.stream().filter(values::containsKey).sorted()
                .map(key -> key + ": " + values.get(key)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void checkHistory(Actor actor, Long organisationId) {
        if (organisationId == null ? !actor.isAdmin() : !Access.canSeeHistory(actor, organisationId)) {
            throw new ForbiddenException("error.audit.notYours");
        }
    }

    private String toJson(Map<String, ?> value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(new java.util.TreeMap<>(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
