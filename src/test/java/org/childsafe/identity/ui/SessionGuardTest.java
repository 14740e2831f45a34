package org.childsafe.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.identity.service.IdentityService.UserForm;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UI session ends at its next request when the person's account changes: the guard in front of Vaadin
 * compares the version stamped at sign-in with the database on every request (clicks, saves, downloads).
 */
@MicronautTest(startApplication = false, transactional = false)
class SessionGuardTest extends ViewTestBase {

    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;
    @Inject
    SessionGuard guard;

    private Actor admin;
    private Organisation home;

    @Override
    protected Role signedInRole() {
        return null;
    }

    @BeforeEach
    void people() {
        admin = identity.actor(TestUsers.ADMIN).orElseThrow();
        home = organisations.create(admin, new OrganisationService.OrganisationForm("Guarded home " + UUID.randomUUID(),
                "TH", "shelter", "small"));
    }

    /** Signs in through the sign-in page, as a browser does; the session the browser then holds. */
    private HttpSession signIn(Actor person) {
        UI.getCurrent().navigate("login");
        _login(_get(LoginForm.class, spec -> spec.withId("login-form")), person.username(), TestUsers.PASSWORD);
        assertThat(CurrentUser.get()).map(Actor::userId).contains(person.userId());
        return ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    /** Karibu's HTTP session says whether it was invalidated (a real one would refuse to be read). */
    private static boolean ended(HttpSession session) {
        return !((com.github.mvysny.fakeservlet.FakeHttpSession) session).isValid();
    }

    private UserForm form(Actor person, String role, List<Long> organisationIds, String displayName) {
        return new UserForm(person.username(), displayName, null, role, "en", organisationIds);
    }

    @Test
    void a_session_whose_account_did_not_change_goes_on() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        HttpSession session = signIn(manager);
        assertThat(session.getAttribute(SessionGuard.ATTRIBUTE)).isInstanceOf(SessionGuard.Stamp.class);

        assertThat(guard.admit(session)).isTrue();
        identity.update(admin, manager.userId(), form(manager, "manager", List.of(home.id()), "A new display name"));
        assertThat(guard.admit(session)).as("a new display name changes nothing one may do").isTrue();
        assertThat(ended(session)).isFalse();
    }

    @Test
    void deactivating_the_account_ends_its_open_session_at_the_next_request() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        HttpSession session = signIn(manager);

        identity.setActive(admin, manager.userId(), false);

        assertThat(guard.admit(session)).isFalse();
        assertThat(ended(session)).as("the HTTP session, and the Vaadin session in it, is gone").isTrue();
    }

    @Test
    void a_password_reset_ends_the_open_session() {
        Actor auditor = TestUsers.create(identity, Role.AUDITOR, home.id());
        HttpSession session = signIn(auditor);

        identity.resetPassword(admin, auditor.userId(), "Quince-Harbour-Lamp-88");

        assertThat(guard.admit(session)).isFalse();
        assertThat(ended(session)).isTrue();
    }

    @Test
    void a_new_role_ends_the_open_session() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        HttpSession session = signIn(manager);

        identity.update(admin, manager.userId(), form(manager, "trainer", List.of(home.id()), manager.displayName()));

        assertThat(guard.admit(session)).isFalse();
    }

    @Test
    void other_organisations_end_the_open_session() {
        Actor auditor = TestUsers.create(identity, Role.AUDITOR, home.id());
        HttpSession session = signIn(auditor);

        identity.update(admin, auditor.userId(), form(auditor, "auditor", List.of(), auditor.displayName()));

        assertThat(guard.admit(session)).isFalse();
    }

    @Test
    void deactivating_an_organisation_ends_the_sessions_of_its_people_only() {
        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        Organisation other = organisations.create(admin, new OrganisationService.OrganisationForm(
                "Unaffected home " + UUID.randomUUID(), "TH", "ngo", "small"));
        Actor elsewhere = TestUsers.create(identity, Role.MANAGER, other.id());
        HttpSession session = signIn(manager);

        organisations.setActive(admin, home.id(), false);

        assertThat(guard.admit(session)).isFalse();
        assertThat(identity.sessionVersion(elsewhere.userId())).as("a manager of another organisation")
                .isEqualTo(identity.sessionVersion(elsewhere.userId()));
        assertThat(identity.actor(manager.userId()).orElseThrow().inactiveOrganisationIds()).containsExactly(home.id());
    }

    @Test
    void sessions_nobody_signed_in_to_pass_and_the_check_is_the_database_s() {
        UI.getCurrent().navigate("login");
        HttpSession anonymous = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        assertThat(guard.admit(anonymous)).isTrue();
        assertThat(guard.admit(null)).isTrue();

        Actor manager = TestUsers.create(identity, Role.MANAGER, home.id());
        int before = identity.sessionVersion(manager.userId()).orElseThrow();
        identity.setActive(admin, manager.userId(), false);
        assertThat(identity.sessionVersion(manager.userId())).as("an inactive account has no session to go on").isEmpty();
        identity.setActive(admin, manager.userId(), true);
        assertThat(identity.sessionVersion(manager.userId())).as("stored, so every instance sees it")
                .hasValueSatisfying(v -> assertThat(v).isGreaterThan(before));
    }
}
