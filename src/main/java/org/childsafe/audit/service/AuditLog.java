package org.childsafe.audit.service;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.audit.domain.AuditChain;
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

    private final AuditStore store;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(AuditStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends one entry. {@code before} and {@code after} are plain maps (or null) of the fields that
     * matter to a reader; they are stored as JSON.
     */
    @Transactional
    public void record(Actor actor, Long organisationId, String entityType, Object entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        AuditStore.Head head = store.lockHead();
        long id = head.lastId() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = AuditChain.hash(id, at, actor.username(), organisationId, entityType, String.valueOf(entityId),
                action, beforeJson, afterJson, head.lastHash());
        store.append(new AuditEntry(id, at, actor.username(), organisationId, entityType, String.valueOf(entityId),
                action, beforeJson, afterJson, head.lastHash(), hash));
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
        AuditStore.Head head = store.head();
        return AuditChain.verifyAll(afterId -> store.read(afterId, head.lastId(), VERIFY_BATCH),
                head.lastId(), head.lastHash());
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
