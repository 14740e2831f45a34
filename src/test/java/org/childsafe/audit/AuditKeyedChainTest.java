package org.childsafe.audit;

import org.childsafe.audit.domain.AuditChain;
import org.childsafe.audit.domain.AuditChain.Break;
import org.childsafe.audit.domain.AuditChain.Head;
import org.childsafe.audit.domain.AuditChain.Verification;
import org.childsafe.audit.domain.AuditCheckpoint;
import org.childsafe.audit.domain.AuditEntry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyed chain (ADR 0004): HMAC entries, the legacy boundary, the sealed head, rotation and checkpoints. */
class AuditKeyedChainTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    /** Keys by id; the current one signs. */
    static final class TestKeys implements AuditChain.Keys {
        final Map<String, byte[]> secrets = new HashMap<>();
        String current;

        TestKeys with(String id, String secret) {
            secrets.put(id, secret.getBytes(StandardCharsets.UTF_8));
            current = id;
            return this;
        }

        @Override
        public String currentId() {
            return current;
        }

        @Override
        public Optional<byte[]> secret(String id) {
            return Optional.ofNullable(secrets.get(id));
        }
    }

    private final TestKeys keys = new TestKeys().with("k1", "first-secret-of-at-least-32-characters!!");

    /** A trail: the first {@code legacy} entries with the old plain rule, the rest keyed with the current key. */
    private static List<AuditEntry> trail(int legacy, int keyed, AuditChain.Keys keys) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= legacy + keyed; id++) {
            String after = "{\"n\":" + id + "}";
            String hash = id <= legacy
                    ? AuditChain.hash(id, AT.plusSeconds(id), "admin", 7L, "organisation", "7", "update", null, after, prev)
                    : AuditChain.sign(keys, id, AT.plusSeconds(id), "admin", 7L, "organisation", "7", "update", null,
                    after, prev);
            out.add(new AuditEntry(id, AT.plusSeconds(id), "admin", 7L, "organisation", "7", "update", null, after,
                    prev, hash));
            prev = hash;
        }
        return out;
    }

    private static Head head(List<AuditEntry> trail, long legacyLastId, AuditChain.Keys keys) {
        AuditEntry last = trail.get(trail.size() - 1);
        return new Head(last.id(), last.hash(), legacyLastId, AuditChain.seal(keys, last.id(), last.hash(), legacyLastId));
    }

    private static Verification verify(List<AuditEntry> stored, Head head, AuditChain.Keys keys) {
        return AuditChain.verifyAll(afterId -> stored.stream().filter(e -> e.id() > afterId).limit(3).toList(), head, keys);
    }

    /** What someone with database access but without the key can do: recompute with the plain rule, ids closed up. */
    static List<AuditEntry> recomputedWithoutKey(List<AuditEntry> stored) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long id = 1;
        for (AuditEntry e : stored) {
            String hash = AuditChain.hash(id, e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(),
                    e.action(), e.beforeJson(), e.afterJson(), prev);
            out.add(new AuditEntry(id, e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(), e.action(),
                    e.beforeJson(), e.afterJson(), prev, hash));
            prev = hash;
            id++;
        }
        return out;
    }

    @Test
    void a_keyed_trail_is_intact_and_its_hashes_name_their_key() {
        List<AuditEntry> trail = trail(0, 8, keys);
        assertThat(verify(trail, head(trail, 0, keys), keys)).isEqualTo(Verification.intact(8));
        assertThat(trail).allSatisfy(e -> assertThat(e.hash()).matches("k1:[0-9a-f]{64}"));
    }

    @Test
    void entries_written_before_keyed_hashing_verify_with_the_old_rule_and_are_counted_as_such() {
        List<AuditEntry> trail = trail(5, 4, keys);
        Verification v = verify(trail, head(trail, 5, keys), keys);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(9);
        assertThat(v.unkeyed()).isEqualTo(5);
        assertThat(v.note()).contains("5 entries written before keyed hashing", "plain SHA-256");
    }

    @Test
    void the_attack_of_the_issue_rewrite_one_row_delete_another_and_recompute_is_detected() {
        List<AuditEntry> trail = trail(3, 7, keys);
        Head stored = head(trail, 3, keys);
        List<AuditEntry> tampered = new ArrayList<>(trail);
        AuditEntry x = tampered.get(5);
        tampered.set(5, new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(),
                x.action(), x.beforeJson(), "{\"n\":999}", x.prevHash(), x.hash()));
        tampered.remove(7);
        List<AuditEntry> recomputed = recomputedWithoutKey(tampered);
        AuditEntry last = recomputed.get(recomputed.size() - 1);

        // the head moved to the recomputed end; the seal cannot be made without the key
        Head moved = new Head(last.id(), last.hash(), 3, stored.seal());
        assertThat(verify(recomputed, moved, keys).problem()).isEqualTo(Break.SEAL);
        // or the legacy boundary moved to cover everything: the seal does not fit either
        Head widened = new Head(last.id(), last.hash(), last.id(), stored.seal());
        assertThat(verify(recomputed, widened, keys).problem()).isEqualTo(Break.SEAL);
        // even with a seal that fits (say the key leaked once), unkeyed entries after the boundary are refused
        Head resealed = new Head(last.id(), last.hash(), 3, AuditChain.seal(keys, last.id(), last.hash(), 3));
        Verification v = verify(recomputed, resealed, keys);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Break.UNKEYED);
        assertThat(v.firstBrokenId()).isEqualTo(4);
    }

    @Test
    void a_keyed_entry_changed_in_place_is_named() {
        List<AuditEntry> trail = trail(2, 6, keys);
        Head head = head(trail, 2, keys);
        List<AuditEntry> stored = new ArrayList<>(trail);
        AuditEntry x = stored.get(4);
        stored.set(4, new AuditEntry(x.id(), x.at(), "mallory", x.organisationId(), x.entityType(), x.entityId(),
                x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()));
        assertThat(verify(stored, head, keys)).isEqualTo(Verification.broken(4, 5, Break.CHANGED)
                .withUnkeyed(2));
    }

    @Test
    void the_end_cut_off_and_the_head_moved_back_is_caught_by_the_seal() {
        List<AuditEntry> trail = trail(0, 6, keys);
        Head head = head(trail, 0, keys);
        List<AuditEntry> cut = trail.subList(0, 4);
        Head movedBack = new Head(4, cut.get(3).hash(), 0, head.seal());
        assertThat(verify(cut, movedBack, keys).problem()).isEqualTo(Break.SEAL);
    }

    @Test
    void after_a_key_rotation_old_entries_verify_with_the_old_key_and_new_ones_with_the_new() {
        List<AuditEntry> trail = new ArrayList<>(trail(1, 3, keys));
        keys.with("k2", "second-secret-of-at-least-32-characters!");
        String prev = trail.get(3).hash();
        for (long id = 5; id <= 7; id++) {
            String hash = AuditChain.sign(keys, id, AT, "admin", null, "user", "1", "update", null, null, prev);
            trail.add(new AuditEntry(id, AT, "admin", null, "user", "1", "update", null, null, prev, hash));
            prev = hash;
        }
        assertThat(trail.get(6).hash()).startsWith("k2:");
        assertThat(verify(trail, head(trail, 1, keys), keys).intact()).isTrue();

        TestKeys withoutOld = new TestKeys().with("k2", "second-secret-of-at-least-32-characters!");
        Verification v = verify(trail, head(trail, 1, withoutOld), withoutOld);
        assertThat(v.problem()).as("an old key removed from the key file").isEqualTo(Break.UNKNOWN_KEY);
        assertThat(v.firstBrokenId()).isEqualTo(2);
    }

    @Test
    void another_key_of_the_same_id_does_not_verify() {
        List<AuditEntry> trail = trail(0, 3, keys);
        TestKeys other = new TestKeys().with("k1", "a-different-secret-of-32-characters-or-more");
        assertThat(verify(trail, head(trail, 0, keys), other).problem()).isEqualTo(Break.SEAL);
    }

    @Test
    void a_checkpoint_is_one_signed_line_that_parses_back_and_detects_any_change() {
        AuditCheckpoint c = AuditCheckpoint.of(keys, 42, "k1:" + "ab".repeat(32), AT);
        assertThat(c.line()).startsWith("childsafe-audit-checkpoint id=42 hash=k1:abab").contains(" at=2026-03-01T09:00:00Z mac=k1:");
        AuditCheckpoint parsed = AuditCheckpoint.parse("09:00:01 INFO childsafe.audit.checkpoint - " + c.line()).orElseThrow();
        assertThat(parsed).isEqualTo(c);
        assertThat(parsed.signedBy(keys)).isTrue();
        assertThat(AuditCheckpoint.parse(c.line().replace("id=42", "id=41")).orElseThrow().signedBy(keys)).isFalse();
        assertThat(c.signedBy(new TestKeys().with("k1", "a-different-secret-of-32-characters-or-more"))).isFalse();
        assertThat(AuditCheckpoint.parse("no checkpoint here")).isEmpty();
    }
}
