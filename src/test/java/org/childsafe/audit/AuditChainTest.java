package org.childsafe.audit;

import org.childsafe.audit.domain.AuditChain;
import org.childsafe.audit.domain.AuditChain.Break;
import org.childsafe.audit.domain.AuditChain.Verification;
import org.childsafe.audit.domain.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    /** A correctly chained trail of {@code n} entries, ids 1..n. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            AuditEntry e = entry(id, AT.plusSeconds(id), "admin", id % 2 == 0 ? 7L : null, "{\"name\":\"v" + (id - 1)
                    + "\"}", "{\"name\":\"v" + id + "\"}", prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static AuditEntry entry(long id, Instant at, String actor, Long org, String before, String after,
                                    String prev) {
        String hash = AuditChain.hash(id, at, actor, org, "organisation", "7", "update", before, after, prev);
        return new AuditEntry(id, at, actor, org, "organisation", "7", "update", before, after, prev, hash);
    }

    private static AuditEntry withAfter(AuditEntry e, String after) {
        return new AuditEntry(e.id(), e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(), e.action(),
                e.beforeJson(), after, e.prevHash(), e.hash());
    }

    private static AuditEntry rehashed(AuditEntry e) {
        return new AuditEntry(e.id(), e.at(), e.actor(), e.organisationId(), e.entityType(), e.entityId(), e.action(),
                e.beforeJson(), e.afterJson(), e.prevHash(), AuditChain.hashOf(e));
    }

    /** Checks a stored trail the way the service does: in batches, up to the recorded head. */
    private static Verification verifyAll(List<AuditEntry> stored, long headId, String headHash, int batch) {
        return AuditChain.verifyAll(afterId -> stored.stream().filter(e -> e.id() > afterId).limit(batch).toList(),
                headId, headHash);
    }

    private static Verification verifyAll(List<AuditEntry> stored, List<AuditEntry> original) {
        AuditEntry last = original.get(original.size() - 1);
        return verifyAll(stored, last.id(), last.hash(), 3);
    }

    @Test
    void an_untouched_trail_is_intact_and_every_entry_is_counted() {
        List<AuditEntry> trail = chain(10);
        assertThat(verifyAll(trail, trail)).isEqualTo(Verification.intact(10));
        assertThat(verifyAll(trail, trail).reason()).isNull();
    }

    @Test
    void an_empty_trail_at_the_genesis_head_is_intact() {
        assertThat(verifyAll(List.of(), 0, AuditChain.GENESIS, 3)).isEqualTo(Verification.intact(0));
    }

    @Test
    void an_edited_entry_is_named_as_changed_and_the_entries_before_it_were_checked() {
        List<AuditEntry> trail = chain(10);
        List<AuditEntry> stored = new ArrayList<>(trail);
        stored.set(6, withAfter(trail.get(6), "{\"name\":\"forged\"}"));

        Verification v = verifyAll(stored, trail);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(7);
        assertThat(v.problem()).isEqualTo(Break.CHANGED);
        assertThat(v.checked()).isEqualTo(6);
        assertThat(v.reason()).contains("changed");
    }

    @Test
    void an_edited_entry_with_a_recomputed_hash_breaks_the_link_of_the_next_one() {
        List<AuditEntry> trail = chain(10);
        List<AuditEntry> stored = new ArrayList<>(trail);
        stored.set(3, rehashed(withAfter(trail.get(3), "{\"name\":\"forged\"}")));

        Verification v = verifyAll(stored, trail);
        assertThat(v.firstBrokenId()).isEqualTo(5);
        assertThat(v.problem()).isEqualTo(Break.UNLINKED);
    }

    @Test
    void a_deleted_entry_is_named_by_its_missing_id() {
        List<AuditEntry> trail = chain(10);
        List<AuditEntry> stored = new ArrayList<>(trail);
        stored.remove(4);

        Verification v = verifyAll(stored, trail);
        assertThat(v.firstBrokenId()).isEqualTo(5);
        assertThat(v.problem()).isEqualTo(Break.MISSING);
        assertThat(v.reason()).isEqualTo("entry 5 is missing");
    }

    @Test
    void entries_deleted_from_the_end_are_caught_by_the_recorded_head() {
        List<AuditEntry> trail = chain(10);
        List<AuditEntry> stored = new ArrayList<>(trail.subList(0, 8));

        Verification v = verifyAll(stored, trail);
        assertThat(v.firstBrokenId()).isEqualTo(9);
        assertThat(v.problem()).isEqualTo(Break.MISSING);
        assertThat(v.checked()).isEqualTo(8);
    }

    @Test
    void a_rewritten_newest_entry_with_a_recomputed_hash_is_caught_by_the_recorded_head() {
        List<AuditEntry> trail = chain(10);
        List<AuditEntry> stored = new ArrayList<>(trail);
        stored.set(9, rehashed(withAfter(trail.get(9), "{\"name\":\"forged\"}")));

        Verification v = verifyAll(stored, trail);
        assertThat(v.firstBrokenId()).isEqualTo(10);
        assertThat(v.problem()).isEqualTo(Break.HEAD);
    }

    @Test
    void swapping_two_entries_is_caught() {
        List<AuditEntry> trail = chain(6);
        List<AuditEntry> stored = new ArrayList<>(trail);
        AuditEntry second = trail.get(1);
        AuditEntry third = trail.get(2);
        stored.set(1, new AuditEntry(2, third.at(), third.actor(), third.organisationId(), third.entityType(),
                third.entityId(), third.action(), third.beforeJson(), third.afterJson(), third.prevHash(), third.hash()));
        stored.set(2, new AuditEntry(3, second.at(), second.actor(), second.organisationId(), second.entityType(),
                second.entityId(), second.action(), second.beforeJson(), second.afterJson(), second.prevHash(),
                second.hash()));

        Verification v = verifyAll(stored, trail);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(2);
    }

    @Test
    void entries_appended_after_the_head_was_read_are_left_for_the_next_check() {
        List<AuditEntry> trail = chain(10);
        AuditEntry headAtStart = trail.get(6);
        assertThat(verifyAll(trail, headAtStart.id(), headAtStart.hash(), 4)).isEqualTo(Verification.intact(7));
    }

    @Test
    void batches_of_any_size_give_the_same_answer() {
        List<AuditEntry> trail = chain(9);
        List<AuditEntry> stored = new ArrayList<>(trail);
        stored.set(7, withAfter(trail.get(7), "{}"));
        for (int batch = 1; batch <= 10; batch++) {
            assertThat(verifyAll(stored, 9, trail.get(8).hash(), batch)).as("batch " + batch)
                    .isEqualTo(Verification.broken(7, 8, Break.CHANGED));
        }
    }

    @Test
    void the_hash_covers_every_field_and_the_previous_hash() {
        AuditEntry e = chain(2).get(1);
        String original = AuditChain.hashOf(e);
        List<UnaryOperator<AuditEntry>> edits = List.of(
                x -> new AuditEntry(99, x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(), x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at().plusMillis(1), x.actor(), x.organisationId(), x.entityType(), x.entityId(), x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), "mallory", x.organisationId(), x.entityType(), x.entityId(), x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), null, x.entityType(), x.entityId(), x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), "user", x.entityId(), x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), "8", x.action(), x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(), "create", x.beforeJson(), x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(), x.action(), null, x.afterJson(), x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(), x.action(), x.beforeJson(), "{}", x.prevHash(), x.hash()),
                x -> new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(), x.entityId(), x.action(), x.beforeJson(), x.afterJson(), AuditChain.GENESIS, x.hash()));
        for (UnaryOperator<AuditEntry> edit : edits) {
            assertThat(AuditChain.hashOf(edit.apply(e))).isNotEqualTo(original);
        }
    }

    @Test
    void field_boundaries_are_part_of_the_hash() {
        String a = AuditChain.hash(1, AT, "ab", null, "c", "1", "x", null, null, AuditChain.GENESIS);
        String b = AuditChain.hash(1, AT, "a", null, "bc", "1", "x", null, null, AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b).hasSize(64).matches("[0-9a-f]{64}");
    }
}
