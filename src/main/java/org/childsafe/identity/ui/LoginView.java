package org.childsafe.identity.ui;

import org.childsafe.uikit.CurrentUser;
import org.childsafe.uikit.PublicView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.AuthenticationFailure;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.uikit.Language;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Sign-in: username and password, with a plain message when refused or locked. */
@Route(value = "login", autoLayout = false)
@PublicView
@Prototype
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private final IdentityService identity;
    private final LoginForm form = new LoginForm();

    public LoginView(IdentityService identity) {
        this.identity = identity;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setId("login-form");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("cs-login-title");
        add(new org.childsafe.uikit.LanguageSwitcher(getLocale(), locale -> { }), title,
                new Paragraph(getTranslation("app.tagline")), form);
    }

    void signIn(String username, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        try {
            Actor actor = identity.authenticate(username, password, address);
            if (request != null) {
                // a new HTTP session id after sign-in: no session fixation
                VaadinService.reinitializeSession(request);
            }
            markSession(actor);
            CurrentUser.set(actor);
            Language.choose(java.util.Locale.forLanguageTag(actor.language()));
            Object back = VaadinSession.getCurrent().getAttribute(NavigationGuard.RETURN_TO);
            VaadinSession.getCurrent().setAttribute(NavigationGuard.RETURN_TO, null);
            String target = returnTarget(back);
            getUI().ifPresent(ui -> ui.getPage().setLocation(target.isEmpty() ? "./" : target));
        } catch (AuthenticationFailure refused) {
            form.setI18n(i18n(refused));
            form.setError(true);
            form.setEnabled(true);
        }
    }

    /** Stamps the HTTP session with the account's version, which {@link SessionGuard} checks on every request. */
    private void markSession(Actor actor) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() instanceof com.vaadin.flow.server.WrappedHttpSession wrapped) {
            SessionGuard.stamp(wrapped.getHttpSession(), actor.userId(),
                    identity.sessionVersion(actor.userId()).orElse(-1));
        }
    }

    /**
     * Where to go after signing in: the page first asked for, if it is a path inside the application.
     * Anything that could leave it (a scheme, a host, a leading slash or backslash) goes to the start page.
     */
    static String returnTarget(Object asked) {
        if (!(asked instanceof String s) || s.isBlank() || s.startsWith("login")) {
            return "";
        }
        if (s.startsWith("/") || s.contains("\\") || s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return "";
        }
        return s;
    }

    private LoginI18n i18n(AuthenticationFailure refused) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (refused != null && refused.reason() == AuthenticationFailure.Reason.LOCKED) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.text", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(refused.lockedUntil())));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.text"));
        }
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
