package org.childsafe.identity.ui;

import org.childsafe.uikit.CurrentUser;
import org.childsafe.uikit.PublicView;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.IdentityService;

import java.util.Optional;

/**
 * Guards every view on the server: a person who is not signed in is sent to the sign-in page (and
 * back afterwards); a person whose role may not open a view gets the access-denied page. The actor is
 * reloaded on each navigation, so a deactivated account or a changed role takes effect at once.
 */
@Singleton
public class NavigationGuard implements VaadinServiceInitListener {

    static final String RETURN_TO = "childsafe.returnTo";

    private final IdentityService identity;

    public NavigationGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class) || event.isErrorEvent()) {
            return;
        }
        Optional<Actor> current = CurrentUser.get().flatMap(a -> identity.actor(a.userId()));
        if (current.isEmpty()) {
            VaadinSession.getCurrent().setAttribute(Actor.class, null);
            VaadinSession.getCurrent().setAttribute(RETURN_TO, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        CurrentUser.set(current.get());
        if (!CurrentUser.mayOpen(target)) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
