package org.childsafe.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.childsafe.audit.domain.AuditChain.Break;
import org.childsafe.audit.domain.AuditChain.Verification;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of the security issue against the stored trail: someone with write access to the database
 * (but not the key, which is kept outside it) rewrites a row, deletes another, recomputes the chain and
 * moves the head. The keyed check names it. Every row is put back afterwards (other tests share the trail).
 */
@MicronautTest(transactional = false)
class AuditKeyedChainIT {

    @Inject
    AuditLog audit;
    @Inject
    org.childsafe.audit.persistence.AuditStore store;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    @Client("/")
    HttpClient client;

    private Actor admin;
    private List<AuditEntry> saved;
    private Object[] savedHead;

    @BeforeEach
    void someChangesThenASnapshot() {
        admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        Organisation org = organisations.create(admin, new OrganisationService.OrganisationForm(
                "Keyed home " + UUID.randomUUID(), "TH", "shelter", "small"));
        organisations.update(admin, org.id(), new OrganisationService.OrganisationForm(org.name(), "TH", "ngo", "small"));
        TestUsers.create(identity, Role.MANAGER, org.id());
        assertThat(audit.verify(admin).intact()).isTrue();
        saved = all();
        savedHead = head();
    }

    @AfterEach
    void putEverythingBack() {
        replaceTrail(saved);
        setHead((Long) savedHead[0], (String) savedHead[1], (Long) savedHead[2], (String) savedHead[3]);
        assertThat(audit.verify(admin).intact()).as("intact again once restored").isTrue();
    }

    @Test
    void new_entries_are_keyed_with_the_configured_key() {
        assertThat(saved.get(saved.size() - 1).hash()).matches("t1:[0-9a-f]{64}");
        assertThat((String) savedHead[3]).as("the head is sealed").startsWith("t1:");
    }

    @Test
    void rewriting_a_row_deleting_another_and_recomputing_the_chain_is_detected() {
        int n = saved.size();
        List<AuditEntry> tampered = new ArrayList<>(saved);
        AuditEntry x = tampered.get(n - 4);
        tampered.set(n - 4, new AuditEntry(x.id(), x.at(), x.actor(), x.organisationId(), x.entityType(),
                x.entityId(), x.action(), x.beforeJson(), "{\"name\":\"rewritten\"}", x.prevHash(), x.hash()));
        tampered.remove(n - 2);
        List<AuditEntry> recomputed = AuditKeyedChainTest.recomputedWithoutKey(tampered);
        AuditEntry last = recomputed.get(recomputed.size() - 1);
        replaceTrail(recomputed);
        setHead(last.id(), last.hash(), ((Number) savedHead[2]).longValue(), (String) savedHead[3]);

        Verification v = audit.verify(admin);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Break.SEAL);

        // the boundary of the old rule moved to cover everything: the seal still does not fit
        setHead(last.id(), last.hash(), last.id(), (String) savedHead[3]);
        assertThat(audit.verify(admin).problem()).isEqualTo(Break.SEAL);

        // the seal removed as if the trail had never been keyed: start-up does not seal it again
        setHead(last.id(), last.hash(), ((Number) savedHead[2]).longValue(), null);
        audit.sealIfNeeded();
        assertThat(audit.verify(admin).problem()).isEqualTo(Break.SEAL);

        Map<String, Object> answer = Http.call(client, HttpRequest.GET("/api/audit/verify")
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).json();
        assertThat(answer).containsEntry("intact", false).containsEntry("problem", "seal");

        // ChildSafe appends on top of the moved head: it does not seal it, so the break stays visible
        organisations.create(admin, new OrganisationService.OrganisationForm("On a moved head " + UUID.randomUUID(),
                "TH", "ngo", "small"));
        assertThat(audit.verify(admin).problem()).isEqualTo(Break.SEAL);
    }

    @Test
    void cutting_off_the_newest_entries_and_moving_the_head_back_is_detected_even_after_more_work() {
        AuditEntry earlier = saved.get(saved.size() - 3);
        replaceTrail(saved.subList(0, saved.size() - 2));
        setHead(earlier.id(), earlier.hash(), ((Number) savedHead[2]).longValue(), (String) savedHead[3]);
        organisations.create(admin, new OrganisationService.OrganisationForm("After the cut " + UUID.randomUUID(),
                "TH", "ngo", "small"));
        Verification v = audit.verify(admin);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).isEqualTo(Break.SEAL);
    }

    @Test
    void a_trail_written_before_keyed_hashing_keeps_verifying_with_the_old_rule_and_says_so() {
        // the trail as an older ChildSafe wrote it: plain SHA-256, then migrated (boundary = its end, head unsealed)
        List<AuditEntry> legacy = AuditKeyedChainTest.recomputedWithoutKey(saved);
        AuditEntry last = legacy.get(legacy.size() - 1);
        replaceTrail(legacy);
        setHead(last.id(), last.hash(), last.id(), null);
        audit.sealIfNeeded();

        Verification before = audit.verify(admin);
        assertThat(before.intact()).isTrue();
        assertThat(before.unkeyed()).isEqualTo(legacy.size());
        assertThat(before.note()).contains("plain SHA-256");

        // work goes on: new entries are keyed and follow the old ones
        organisations.create(admin, new OrganisationService.OrganisationForm("After the upgrade " + UUID.randomUUID(),
                "TH", "ngo", "small"));
        Verification after = audit.verify(admin);
        assertThat(after.intact()).isTrue();
        assertThat(after.checked()).isEqualTo(legacy.size() + 1);
        assertThat(after.unkeyed()).isEqualTo(legacy.size());
        Map<String, Object> answer = Http.call(client, HttpRequest.GET("/api/audit/verify")
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).json();
        assertThat(((Number) answer.get("unkeyed")).longValue()).isEqualTo(legacy.size());
        assertThat(answer.get("note").toString()).contains("before keyed hashing");
    }

    @Test
    void a_checkpoint_kept_outside_catches_a_trail_cut_back_behind_it() {
        Map<String, Object> checkpoint = Http.call(client, HttpRequest.GET("/api/audit/checkpoint")
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).json();
        String line = checkpoint.get("checkpoint").toString();
        assertThat(line).startsWith("childsafe-audit-checkpoint id=");
        assertThat(check(line)).containsEntry("holds", true);

        // the checkpoint names an entry that was rewritten later (with the plain rule, the key being unknown)
        List<AuditEntry> recomputed = AuditKeyedChainTest.recomputedWithoutKey(saved);
        replaceTrail(recomputed);
        Map<String, Object> after = check(line);
        assertThat(after).containsEntry("holds", false).containsEntry("signed", true).containsEntry("entryFits", false);

        assertThat(check(line.replace(" id=", " id=1"))).containsEntry("signed", false);
    }

    private Map<String, Object> check(String line) {
        return Http.call(client, HttpRequest.POST("/api/audit/checkpoint/check", Map.of("checkpoint", line))
                .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).json();
    }

    private void replaceTrail(List<AuditEntry> entries) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_log")) {
                ps.executeUpdate();
            }
            entries.forEach(store::insert);
            return null;
        });
    }

    private void setHead(long lastId, String lastHash, long legacyLastId, String seal) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_head SET last_id = ?, last_hash = ?, legacy_last_id = ?, head_mac = ? WHERE id = 1")) {
                ps.setLong(1, lastId);
                ps.setString(2, lastHash);
                ps.setLong(3, legacyLastId);
                ps.setString(4, seal);
                return ps.executeUpdate();
            }
        });
    }

    private List<AuditEntry> all() {
        List<AuditEntry> out = new ArrayList<>();
        long total = audit.count(admin, null);
        for (int offset = 0; offset < total; offset += 1000) {
            out.addAll(audit.history(admin, null, offset, 1000));
        }
        out.sort(java.util.Comparator.comparingLong(AuditEntry::id));
        return out;
    }

    private Object[] head() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT last_id, last_hash, legacy_last_id, head_mac FROM audit_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)};
            }
        });
    }

    private <T> T sql(org.childsafe.support.Sql.Work<T> work) {
        return org.childsafe.support.Sql.write(transactions, work);
    }
}
