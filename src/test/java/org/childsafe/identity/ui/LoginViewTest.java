package org.childsafe.identity.ui;

import org.childsafe.ui.view.AccessDeniedView;
import org.childsafe.uikit.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.domain.LoginThrottle;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.ui.OrganisationsView;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.support.Views.current;

/** Signing in through the page, as an anonymous visitor of the mocked browser. */
@MicronautTest(startApplication = false, transactional = false)
class LoginViewTest extends ViewTestBase {

    @Inject
    IdentityService identity;

    @Override
    protected Role signedInRole() {
        return null;
    }

    private LoginForm openOrganisationsSignedOut() {
        UI.getCurrent().navigate("organisations");
        assertThat(current()).isInstanceOf(LoginView.class);
        return _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    /** The error text the browser is given (the form's i18n property, as the web component reads it). */
    private static String error(LoginForm form, String key) {
        Object i18n = form.getElement().getPropertyRaw("i18n");
        if (i18n instanceof elemental.json.JsonObject json) {
            return json.getObject("errorMessage").getString(key);
        }
        throw new AssertionError("unexpected i18n property type " + (i18n == null ? null : i18n.getClass()));
    }

    @Test
    void opening_a_page_while_signed_out_shows_the_sign_in_page() {
        openOrganisationsSignedOut();
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void a_wrong_password_shows_the_error_and_signs_no_one_in() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        LoginForm form = openOrganisationsSignedOut();

        _login(form, manager.username(), "not-the-password");

        assertThat(form.isError()).isTrue();
        assertThat(error(form, "title")).isEqualTo("Wrong username or password");
        assertThat(form.isEnabled()).as("the form can be used again").isTrue();
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_with_a_lock_message() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        LoginForm form = openOrganisationsSignedOut();

        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            _login(form, manager.username(), "wrong-password-" + i);
            assertThat(error(form, "title")).isEqualTo("Wrong username or password");
        }
        _login(form, manager.username(), TestUsers.PASSWORD);

        assertThat(error(form, "title")).isEqualTo("Too many attempts");
        assertThat(error(form, "message")).startsWith("Sign-in is paused for this account");
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void a_manager_who_signs_in_is_then_refused_the_organisations_page() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        LoginForm form = openOrganisationsSignedOut();

        _login(form, manager.username(), TestUsers.PASSWORD);

        assertThat(CurrentUser.get()).map(Actor::userId).contains(manager.userId());
        UI.getCurrent().navigate(OrganisationsView.class);
        assertThat(current()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void signing_in_starts_a_new_http_session_so_a_planted_session_id_is_worthless() {
        Actor admin = TestUsers.create(identity, Role.ADMIN);
        LoginForm form = openOrganisationsSignedOut();
        String before = VaadinSession.getCurrent().getSession().getId();

        _login(form, admin.username(), TestUsers.PASSWORD);

        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
        UI.getCurrent().navigate(OrganisationsView.class);
        assertThat(current()).isInstanceOf(OrganisationsView.class);
    }

    @Test
    void the_page_to_return_to_must_stay_inside_the_application() {
        assertThat(LoginView.returnTarget("organisations")).isEqualTo("organisations");
        assertThat(LoginView.returnTarget("assessments/12?tab=actions")).isEqualTo("assessments/12?tab=actions");
        assertThat(LoginView.returnTarget("login")).isEmpty();
        assertThat(LoginView.returnTarget("//evil.example/x")).isEmpty();
        assertThat(LoginView.returnTarget("/\\evil.example")).isEmpty();
        assertThat(LoginView.returnTarget("https://evil.example")).isEmpty();
        assertThat(LoginView.returnTarget("javascript:alert(1)")).isEmpty();
        assertThat(LoginView.returnTarget(null)).isEmpty();
    }
}
