package org.childsafe.identity.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.Http;
import org.childsafe.support.Http.Answer;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenancy: people linked to organisation A see A and nothing of organisation B, over the API. Reading
 * another organisation by id is a 404 (its existence does not leak); its history is a 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;
    @Inject
    io.micronaut.context.ApplicationContext context;
    private AssessmentSteps assessments;

    private long a;
    private long b;
    private Actor managerOfA;
    private Actor auditorOfA;
    private Actor trainerOfA;

    @BeforeAll
    void twoOrganisationsAndThePeopleOfTheFirst() {
        assessments = AssessmentSteps.of(context);
        Actor admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        a = organisations.create(admin, new OrganisationService.OrganisationForm("Tenant A " + UUID.randomUUID(),
                "TH", "shelter", "small")).id();
        b = organisations.create(admin, new OrganisationService.OrganisationForm("Tenant B " + UUID.randomUUID(),
                "TH", "shelter", "small")).id();
        managerOfA = TestUsers.create(identity, Role.MANAGER, a);
        auditorOfA = TestUsers.create(identity, Role.AUDITOR, a);
        trainerOfA = TestUsers.create(identity, Role.TRAINER, a);
    }

    private Answer get(Actor who, String uri) {
        return Http.call(client, HttpRequest.GET(uri).basicAuth(who.username(), TestUsers.PASSWORD));
    }

    @Test
    void a_manager_of_a_reads_a_but_gets_404_for_b_exactly_as_for_an_organisation_that_does_not_exist() {
        assertThat(get(managerOfA, "/api/organisations/" + a).status()).isEqualTo(200);
        Answer other = get(managerOfA, "/api/organisations/" + b);
        Answer none = get(managerOfA, "/api/organisations/987654321");
        assertThat(other.status()).isEqualTo(404);
        assertThat(none.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Tenant B");
        assertThat(other.body().replace(Long.toString(b), "ID")).isEqualTo(none.body().replace("987654321", "ID"));
    }

    @Test
    void a_manager_of_a_lists_only_a() {
        assertThat(get(managerOfA, "/api/organisations").jsonList()).extracting(o -> ((Number) o.get("id")).longValue())
                .containsExactly(a);
    }

    @Test
    void a_manager_of_a_sees_the_history_of_a_only_and_is_refused_that_of_b_and_the_whole_trail() {
        Answer own = get(managerOfA, "/api/audit?organisationId=" + a);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.jsonList()).isNotEmpty()
                .allSatisfy(e -> assertThat(((Number) e.get("organisationId")).longValue()).isEqualTo(a));

        assertThat(get(managerOfA, "/api/audit?organisationId=" + b).status()).isEqualTo(403);
        assertThat(get(managerOfA, "/api/audit").status()).isEqualTo(403);
        assertThat(get(managerOfA, "/api/audit/verify").status()).isEqualTo(403);
    }

    @Test
    void an_auditor_assigned_to_a_is_held_to_a_in_the_same_way() {
        assertThat(get(auditorOfA, "/api/organisations/" + a).status()).isEqualTo(200);
        assertThat(get(auditorOfA, "/api/organisations/" + b).status()).isEqualTo(404);
        assertThat(get(auditorOfA, "/api/audit?organisationId=" + a).status()).isEqualTo(200);
        assertThat(get(auditorOfA, "/api/audit?organisationId=" + b).status()).isEqualTo(403);
        assertThat(get(auditorOfA, "/api/organisations").jsonList())
                .extracting(o -> ((Number) o.get("id")).longValue()).containsExactly(a);
    }

    @Test
    void a_trainer_following_a_reads_a_but_not_b_and_sees_no_history() {
        assertThat(get(trainerOfA, "/api/organisations/" + a).status()).isEqualTo(200);
        assertThat(get(trainerOfA, "/api/organisations/" + b).status()).isEqualTo(404);
        assertThat(get(trainerOfA, "/api/audit?organisationId=" + a).status()).isEqualTo(403);
    }

    @Test
    void a_person_linked_to_nothing_sees_no_organisation() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        assertThat(get(manager, "/api/organisations").jsonList()).isEmpty();
        assertThat(get(manager, "/api/organisations/" + a).status()).isEqualTo(404);
    }

    @Test
    void a_manager_of_one_organisation_cannot_read_another_organisations_assessment_by_id() {
        Actor admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        long assessmentOfA = assessments.start(admin, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(a, "cso-core", "2026.1", "A", null)).id();
        long assessmentOfB = assessments.start(admin, new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(b, "cso-core", "2026.1", "B", null)).id();
        for (Actor person : new Actor[]{managerOfA, auditorOfA, trainerOfA}) {
            assertThat(get(person, "/api/assessments/" + assessmentOfA).status()).isEqualTo(200);
            assertThat(get(person, "/api/assessments/" + assessmentOfB).status()).isEqualTo(404);
            assertThat(get(person, "/api/assessments/" + assessmentOfB + "/score").status()).isEqualTo(404);
            assertThat(get(person, "/api/assessments").body()).contains("\"id\":" + assessmentOfA)
                    .doesNotContain("\"id\":" + assessmentOfB + ",");
        }
        Answer write = Http.call(client, HttpRequest.PUT("/api/assessments/" + assessmentOfB + "/answers/P1",
                java.util.Map.of("answer", "met")).basicAuth(managerOfA.username(), TestUsers.PASSWORD));
        assertThat(write.status()).isEqualTo(404);
    }
}
