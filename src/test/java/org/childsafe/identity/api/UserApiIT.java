package org.childsafe.identity.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.Http.Answer;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/users and friends (docs/api.md), over HTTP Basic. */
@MicronautTest(transactional = false)
class UserApiIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;

    private static String newName() {
        return "api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> user(String username, String password, String role, List<Long> orgs) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        body.put("organisationIds", orgs);
        return body;
    }

    private Answer asAdmin(MutableHttpRequest<?> request) {
        return Http.call(client, request.basicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    }

    private long newOrganisation() {
        return organisations.create(identity.actor(TestUsers.ADMIN).orElseThrow(),
                new OrganisationService.OrganisationForm("Users API " + UUID.randomUUID(), "TH", "ngo", "small")).id();
    }

    @SuppressWarnings("unchecked")
    private static List<String> detailPaths(Answer answer) {
        return ((List<Map<String, Object>>) answer.json().get("details")).stream()
                .map(d -> (String) d.get("path")).toList();
    }

    @Test
    void an_administrator_creates_a_manager_who_can_then_call_the_api_as_themselves() {
        long org = newOrganisation();
        String username = newName();

        Answer created = asAdmin(HttpRequest.POST("/api/users", user(username, "Mango-Ladder-Quartz-58", "manager",
                List.of(org))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(((Number) created.json().get("id")).longValue()).isPositive();

        Answer me = Http.call(client, HttpRequest.GET("/api/me").basicAuth(username, "Mango-Ladder-Quartz-58"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("username", username).containsEntry("role", "manager")
                .containsEntry("active", true);
        assertThat((List<?>) me.json().get("organisationIds")).hasSize(1);
        assertThat(((Number) ((List<?>) me.json().get("organisationIds")).get(0)).longValue()).isEqualTo(org);

        assertThat(asAdmin(HttpRequest.GET("/api/users")).jsonList()).extracting(u -> u.get("username"))
                .contains(username);
    }

    @Test
    void a_username_that_exists_is_a_conflict() {
        String username = newName();
        assertThat(asAdmin(HttpRequest.POST("/api/users", user(username, "Mango-Ladder-Quartz-58", "trainer",
                List.of()))).status()).isEqualTo(201);

        Answer again = asAdmin(HttpRequest.POST("/api/users", user(username.toUpperCase(), "Mango-Ladder-Quartz-58",
                "trainer", List.of())));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.json().get("error")).contains("already exists");
    }

    @Test
    void a_short_password_is_a_400_naming_the_password_field() {
        Answer answer = asAdmin(HttpRequest.POST("/api/users", user(newName(), "short", "manager", List.of())));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(detailPaths(answer)).containsExactly("password");
        assertThat((String) answer.json().get("error")).contains("at least 10 characters");
    }

    @Test
    void a_common_or_guessable_password_is_a_400_with_advice_in_english_and_thai() {
        for (String weak : List.of("aaaaaaaaaa", "password12")) {
            Answer answer = asAdmin(HttpRequest.POST("/api/users", user(newName(), weak, "manager", List.of())));
            assertThat(answer.status()).as(weak).isEqualTo(400);
            assertThat(detailPaths(answer)).containsExactly("password");
            assertThat(answer.body()).contains("too easy to guess").contains("three or four unrelated words");
        }
        Answer thai = asAdmin(HttpRequest.POST("/api/users", user(newName(), "password12", "manager", List.of()))
                .header("Accept-Language", "th"));
        assertThat(thai.body()).contains("เดาได้ง่าย");
    }

    @Test
    void an_unknown_organisation_is_a_400_naming_the_organisations_field() {
        Answer answer = asAdmin(HttpRequest.POST("/api/users", user(newName(), "Mango-Ladder-Quartz-58", "auditor",
                List.of(987_654_321L))));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(detailPaths(answer)).containsExactly("organisationIds");
    }

    @Test
    void several_problems_are_listed_together() {
        Answer answer = asAdmin(HttpRequest.POST("/api/users", user("X", "short", "owner", List.of())));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(detailPaths(answer)).containsExactlyInAnyOrder("username", "password", "role");
    }

    @Test
    void a_manager_may_not_create_users() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        Answer answer = Http.call(client, HttpRequest.POST("/api/users", user(newName(), "Mango-Ladder-Quartz-58",
                "admin", List.of())).basicAuth(manager.username(), TestUsers.PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json()).containsKey("error");
    }

    @Test
    void a_deactivated_account_gets_401_even_with_the_right_password() {
        Actor trainer = TestUsers.create(identity, Role.TRAINER);
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(trainer.username(), TestUsers.PASSWORD))
                .status()).isEqualTo(200);

        identity.setActive(identity.actor(TestUsers.ADMIN).orElseThrow(), trainer.userId(), false);

        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(trainer.username(), TestUsers.PASSWORD))
                .status()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_gets_401() {
        Actor trainer = TestUsers.create(identity, Role.TRAINER);
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(trainer.username(), "not-the-password"))
                .status()).isEqualTo(401);
    }

    @Test
    void a_non_administrator_gets_the_same_403_for_another_persons_password_whether_or_not_the_id_exists() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        Actor other = TestUsers.create(identity, Role.MANAGER);
        Map<String, String> body = Map.of("password", "Mango-Ladder-Quartz-58");

        Answer existing = Http.call(client, HttpRequest.PUT("/api/users/" + other.userId() + "/password", body)
                .basicAuth(manager.username(), TestUsers.PASSWORD));
        Answer missing = Http.call(client, HttpRequest.PUT("/api/users/987654321/password", body)
                .basicAuth(manager.username(), TestUsers.PASSWORD));

        assertThat(existing.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(403);
    }

    @Test
    void a_person_changes_their_own_password_and_the_old_one_stops_working() {
        Actor auditor = TestUsers.create(identity, Role.AUDITOR);
        Answer changed = Http.call(client, HttpRequest.PUT("/api/users/" + auditor.userId() + "/password",
                Map.of("password", "Saffron-Bicycle-Echo-27")).basicAuth(auditor.username(), TestUsers.PASSWORD));
        assertThat(changed.status()).isEqualTo(204);

        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(auditor.username(), TestUsers.PASSWORD))
                .status()).isEqualTo(401);
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(auditor.username(), "Saffron-Bicycle-Echo-27"))
                .status()).isEqualTo(200);
    }
}
