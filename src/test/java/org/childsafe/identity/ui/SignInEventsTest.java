package org.childsafe.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.audit.service.SecurityLog;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the UI is in the audit trail (administrators read it), without the password. */
@MicronautTest(startApplication = false, transactional = false)
class SignInEventsTest extends ViewTestBase {

    @Inject
    IdentityService identity;
    @Inject
    AuditLog audit;

    @Override
    protected Role signedInRole() {
        return null;
    }

    private List<AuditEntry> eventsOf(Actor person) {
        return audit.history(identity.actor(TestUsers.ADMIN).orElseThrow(), null, 0, 50).stream()
                .filter(e -> e.entityType().equals(SecurityLog.ENTITY) && e.actor().equals(person.username()))
                .toList();
    }

    @Test
    void a_wrong_password_a_sign_in_and_a_sign_out_are_recorded_in_that_order() {
        Actor trainer = TestUsers.create(identity, Role.TRAINER);
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));

        _login(form, trainer.username(), "Not-My-Password-77");
        _login(form, trainer.username(), TestUsers.PASSWORD);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("sign-out")));

        List<AuditEntry> events = eventsOf(trainer);
        assertThat(events).extracting(AuditEntry::action).containsExactly("sign_out", "sign_in", "sign_in_failed");
        assertThat(events.get(1).afterJson()).contains("\"channel\":\"ui\"");
        assertThat(events).noneMatch(e -> String.valueOf(e.afterJson()).contains("Not-My-Password-77")
                || String.valueOf(e.afterJson()).contains(TestUsers.PASSWORD));
    }
}
