package org.childsafe.identity.ui;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.childsafe.identity.service.IdentityService;

import java.io.IOException;
import java.io.Serializable;

/**
 * Rechecks the signed-in person on every request of a UI session, before Vaadin sees it: every click,
 * saved answer, page and download. The session remembers the person's session version from sign-in; when
 * the account has since been deactivated, had its password reset, its role or organisations changed, or
 * an organisation of theirs (de)activated, the database holds a newer version and the HTTP session is
 * ended at once. The check is one primary-key read of the database, so it holds on every instance behind
 * a load balancer. Vaadin then answers as for an expired session and the browser shows the sign-in page.
 */
@Singleton
@Order(-100)
@WebFilter(value = "/*", asyncSupported = true)
public class SessionGuard implements Filter {

    /** The HTTP session attribute that holds the {@link Stamp}. */
    public static final String ATTRIBUTE = "childsafe.session";

    /** Who signed in to this session, and the version of their account then. */
    public record Stamp(long userId, int version) implements Serializable {
    }

    /** Lazy: the servlet filter is created while the server starts, before the services are needed. */
    private final BeanProvider<IdentityService> identity;

    public SessionGuard(BeanProvider<IdentityService> identity) {
        this.identity = identity;
    }

    /** Marks a freshly signed-in session with the person's current version. */
    public static void stamp(HttpSession session, long userId, int version) {
        session.setAttribute(ATTRIBUTE, new Stamp(userId, version));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            admit(http.getSession(false));
        }
        chain.doFilter(request, response);
    }

    /**
     * Does the session still belong to a person who may be signed in as they were? If not, it is ended
     * here (and false returned). Sessions nobody signed in to pass unchanged.
     */
    public boolean admit(HttpSession session) {
        if (session == null) {
            return true;
        }
        Object value;
        try {
            value = session.getAttribute(ATTRIBUTE);
        } catch (IllegalStateException alreadyInvalid) {
            return true;
        }
        if (!(value instanceof Stamp stamp)) {
            return true;
        }
        boolean current = identity.get().sessionVersion(stamp.userId()).map(v -> v == stamp.version()).orElse(false);
        if (!current) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by another request
            }
        }
        return current;
    }
}
