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
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
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
 * Edits and deletes rows of audit_log directly in the database, as someone with database access
 * might, and checks that the chain check names the entry. Other tests share this database and the
 * check covers the whole trail, so every row is put back afterwards and the trail checked intact again.
 */
@MicronautTest(transactional = false)
class AuditTamperIT {

    private static final String COLUMNS = "id, at, actor, organisation_id, entity_type, entity_id, action, before_json,"
            + " after_json, prev_hash, hash";

    @Inject
    AuditLog audit;
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
    private Organisation organisation;

    /** A few real changes through the services: an organisation created, changed, and a user linked to it. */
    @BeforeEach
    void someChanges() {
        admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        assertThat(audit.verify(admin).intact()).as("the trail is intact before the test").isTrue();
        organisation = organisations.create(admin, new OrganisationService.OrganisationForm(
                "Tamper Home " + UUID.randomUUID(), "TH", "shelter", "small"));
        organisations.update(admin, organisation.id(), new OrganisationService.OrganisationForm(
                organisation.name(), "TH", "shelter", "large"));
        TestUsers.create(identity, Role.MANAGER, organisation.id());
    }

    /** The entry that recorded the creation of this test's organisation (later entries follow it). */
    private long creationEntry() {
        List<AuditEntry> history = audit.history(admin, organisation.id(), 0, 10);
        return history.stream().filter(e -> e.action().equals("create")).findFirst().orElseThrow().id();
    }

    private <T> T sql(org.childsafe.support.Sql.Work<T> work) {
        return org.childsafe.support.Sql.write(transactions, work);
    }

    private String afterJson(long id) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT after_json FROM audit_log WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private int setAfterJson(long id, String json) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET after_json = ? WHERE id = ?")) {
                ps.setString(1, json);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    private List<Object> deleteRow(long id) {
        return sql(c -> {
            List<Object> row = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int i = 1; i <= 11; i++) {
                        row.add(rs.getObject(i));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_log WHERE id = ?")) {
                ps.setLong(1, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            return row;
        });
    }

    private void insertRow(List<Object> row) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < row.size(); i++) {
                    ps.setObject(i + 1, row.get(i));
                }
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void an_edited_row_is_named_by_the_check_and_by_the_verify_endpoint() {
        long x = creationEntry();
        String original = afterJson(x);
        try {
            assertThat(setAfterJson(x, original.replace("\"small\"", "\"large\""))).isEqualTo(1);

            Verification v = audit.verify(admin);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(x);
            assertThat(v.problem()).isEqualTo(Break.CHANGED);
            assertThat(v.checked()).isEqualTo(x - 1);

            Map<String, Object> answer = Http.call(client, HttpRequest.GET("/api/audit/verify")
                    .basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).json();
            assertThat(answer).containsEntry("intact", false).containsEntry("problem", "changed");
            assertThat(((Number) answer.get("firstBrokenId")).longValue()).isEqualTo(x);
        } finally {
            setAfterJson(x, original);
        }
        assertThat(audit.verify(admin).intact()).as("intact again once the row is restored").isTrue();
    }

    @Test
    void a_deleted_row_is_named_as_missing() {
        long x = creationEntry();
        List<Object> row = deleteRow(x);
        try {
            Verification v = audit.verify(admin);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(x);
            assertThat(v.problem()).isEqualTo(Break.MISSING);
        } finally {
            insertRow(row);
        }
        assertThat(audit.verify(admin).intact()).isTrue();
    }

    @Test
    void deleting_the_newest_row_is_caught_too() {
        long newest = audit.history(admin, null, 0, 1).get(0).id();
        List<Object> row = deleteRow(newest);
        try {
            Verification v = audit.verify(admin);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(newest);
            assertThat(v.problem()).isEqualTo(Break.MISSING);
        } finally {
            insertRow(row);
        }
        assertThat(audit.verify(admin).intact()).isTrue();
    }

    @Test
    void an_untouched_trail_is_intact_and_every_entry_is_checked() {
        Verification v = audit.verify(admin);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(audit.count(admin, null));
    }
}
