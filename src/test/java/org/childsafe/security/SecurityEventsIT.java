package org.childsafe.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.audit.service.SecurityLog;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Refusal;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Security events reach the audit trail, where administrators read them: sign-ins that succeed, fail or
 * start a pause, evidence downloads, exports and refused imports; never a password.
 */
@MicronautTest(transactional = false)
class SecurityEventsIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IdentityService identity;
    @Inject
    AuditLog audit;
    @Inject
    OrganisationService organisations;
    @Inject
    io.micronaut.context.ApplicationContext context;
    AssessmentSteps assessments;
    @Inject
    FrameworkLibrary frameworks;

    private Actor admin;
    private Organisation home;

    @BeforeEach
    void setUp() {
        admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        home = organisations.create(admin, new OrganisationService.OrganisationForm("Events home " + UUID.randomUUID(),
                "TH", "shelter", "small"));
    }

    /** The newest security events, newest first. */
    private List<AuditEntry> events() {
        return audit.history(admin, null, 0, 200).stream()
                .filter(e -> e.entityType().equals(SecurityLog.ENTITY)).toList();
    }

    private List<AuditEntry> eventsOf(String actor) {
        return events().stream().filter(e -> e.actor().equals(actor)).toList();
    }

    private int me(String username, String password) {
        return Http.call(client, HttpRequest.GET("/api/me").basicAuth(username, password)).status();
    }

    @Test
    void a_refused_api_password_is_recorded_with_the_address_and_never_the_password() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        String typed = "Wrong-Guess-" + UUID.randomUUID();

        assertThat(me(manager.username(), typed)).isEqualTo(401);

        AuditEntry failed = eventsOf(manager.username()).get(0);
        assertThat(failed.action()).isEqualTo("sign_in_failed");
        assertThat(failed.organisationId()).as("administrators only").isNull();
        assertThat(failed.afterJson()).contains("\"channel\":\"api\"").contains("\"address\":\"127.0.0.1\"");
        assertThat(events()).noneMatch(e -> (e.beforeJson() + e.afterJson() + e.entityId()).contains(typed));
    }

    @Test
    void without_a_configured_proxy_a_forwarded_address_is_not_believed() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(manager.username(), "Not-The-Password-1")
                .header("X-Forwarded-For", "203.0.113.77")).status()).isEqualTo(401);
        assertThat(eventsOf(manager.username()).get(0).afterJson()).contains("\"address\":\"127.0.0.1\"")
                .doesNotContain("203.0.113.77");
    }

    @Test
    void an_unknown_username_is_recorded_as_unknown() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(me(nobody, "Whatever-Password-1")).isEqualTo(401);
        assertThat(events().get(0).actor()).isEqualTo("unknown");
        assertThat(events().get(0).action()).isEqualTo("sign_in_failed");
    }

    @Test
    void the_failure_that_starts_a_pause_is_recorded_as_a_lockout() {
        Actor auditor = TestUsers.create(identity, Role.AUDITOR, home.id());
        for (int i = 0; i < 5; i++) {
            me(auditor.username(), "Wrong-Guess-" + i);
        }
        List<AuditEntry> mine = eventsOf(auditor.username());
        assertThat(mine.get(0).action()).isEqualTo("lockout");
        assertThat(mine.get(0).afterJson()).contains("lockedUntil").contains("\"scope\":\"account_at_address\"");
        assertThat(mine.subList(1, 5)).extracting(AuditEntry::action).containsOnly("sign_in_failed");
        assertThat(me(auditor.username(), TestUsers.PASSWORD)).as("paused: even the right password").isEqualTo(401);
    }

    @Test
    void a_successful_api_sign_in_is_recorded_once_while_the_credential_is_remembered() {
        Actor trainer = TestUsers.create(identity, Role.TRAINER, home.id());
        assertThat(me(trainer.username(), TestUsers.PASSWORD)).isEqualTo(200);
        assertThat(me(trainer.username(), TestUsers.PASSWORD)).isEqualTo(200);
        List<AuditEntry> mine = eventsOf(trainer.username());
        assertThat(mine).extracting(AuditEntry::action).containsExactly("sign_in");
        assertThat(mine.get(0).afterJson()).contains("\"channel\":\"api\"");
    }

    @Test
    void exports_and_evidence_downloads_are_recorded_in_the_organisations_history() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        assessments = AssessmentSteps.of(context);
        Assessment a = assessments.start(manager, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(home.id(), "cso-core", "2026.1",
                null, null));
        Evidence file = assessments.addEvidenceFile(manager, a.id(), "P1", "Policy", "policy.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(Http.call(client, HttpRequest.GET("/api/assessments/" + a.id() + "/actions.csv")
                .basicAuth(manager.username(), TestUsers.PASSWORD)).status()).isEqualTo(200);
        assertThat(Http.call(client, HttpRequest.GET("/api/assessments/" + a.id() + "/evidence/" + file.id() + "/file")
                .basicAuth(manager.username(), TestUsers.PASSWORD)).status()).isEqualTo(200);

        List<AuditEntry> history = audit.history(admin, home.id(), 0, 20).stream()
                .filter(e -> e.entityType().equals(SecurityLog.ENTITY)).toList();
        assertThat(history).extracting(AuditEntry::action).containsSequence("download", "export");
        assertThat(history.get(0).afterJson()).contains("\"file\":\"policy.pdf\"").contains("\"what\":\"evidence\"");
        assertThat(history.get(1).afterJson()).contains("\"format\":\"csv\"").contains("\"what\":\"action_plan\"");
        assertThat(history).allMatch(e -> e.actor().equals(manager.username()));
        assertThat(audit.history(manager, home.id(), 0, 20)).as("the manager reads them in the history")
                .anyMatch(e -> e.action().equals("download"));
    }

    @Test
    void a_refused_import_is_recorded_although_nothing_is_imported() {
        long before = audit.count(admin, null);
        assertThatThrownBy(() -> frameworks.importFile(admin, "framework: broken\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Refusal.class);
        assertThat(audit.count(admin, null)).isEqualTo(before + 1);
        AuditEntry refused = events().get(0);
        assertThat(refused.action()).isEqualTo("import_refused");
        assertThat(refused.actor()).isEqualTo(admin.username());
        assertThat(refused.afterJson()).contains("\"what\":\"framework\"").containsPattern("\"problems\":[1-9]");
    }

    @Test
    void a_refused_import_over_the_api_is_recorded_too() {
        assertThat(Http.call(client, HttpRequest.POST("/api/frameworks", "framework: nope\n")
                .contentType(MediaType.of("application/yaml")).basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                .status()).isEqualTo(400);
        assertThat(events().get(0).action()).isEqualTo("import_refused");
    }
}
