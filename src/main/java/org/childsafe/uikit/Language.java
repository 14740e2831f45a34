package org.childsafe.uikit;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.childsafe.uikit.ChildSafeI18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's language: kept in the Vaadin session and in a year-long cookie, so it survives
 * sign-out and new sessions on the same browser. New visitors get their browser's language if it is Thai.
 */
public final class Language {

    public static final String COOKIE = "childsafe-lang";

    private Language() {
    }

    public static Locale initial(VaadinRequest request) {
        return fromCookie(request)
                .or(() -> Optional.ofNullable(request == null ? null : request.getLocale()))
                .map(ChildSafeI18n::supported)
                .orElse(ChildSafeI18n.ENGLISH);
    }

    public static void choose(Locale locale) {
        Locale supported = ChildSafeI18n.supported(locale);
        VaadinSession.getCurrent().setLocale(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .findFirst();
    }
}
