package org.childsafe.uikit;

import com.vaadin.flow.server.VaadinSession;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;

import java.util.Arrays;
import java.util.Optional;

/** The person signed in to this browser session (kept in the Vaadin session, refreshed on navigation). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Actor> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Actor.class));
    }

    /** The signed-in actor; views behind the navigation guard can rely on it. */
    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public static void set(Actor actor) {
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
    }

    /** May the signed-in person open a view of this class? */
    public static boolean mayOpen(Class<?> view) {
        if (view.isAnnotationPresent(PublicView.class)) {
            return true;
        }
        Optional<Actor> actor = get();
        if (actor.isEmpty()) {
            return false;
        }
        AllowedRoles allowed = view.getAnnotation(AllowedRoles.class);
        return allowed == null || Arrays.asList(allowed.value()).contains(actor.get().role())
                || actor.get().role() == Role.ADMIN;
    }
}
