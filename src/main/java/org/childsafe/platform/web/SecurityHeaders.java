package org.childsafe.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response, the UI's (Vaadin servlet) and the API's (Micronaut servlet) alike,
 * because it is a servlet filter in front of both: a Content-Security-Policy that Vaadin works with
 * (Vaadin Flow runs server-sent JavaScript through {@code Function}, so scripts need 'unsafe-eval', and
 * it sets inline styles), no framing by other sites, no content sniffing, no referrer to other sites, and,
 * behind TLS ({@code app.security.tls}), HSTS.
 */
@Singleton
@Order(-200)
@WebFilter(value = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    /** The policy of the UI pages. */
    public static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** The policy of API answers (data, never pages). */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final boolean tls;

    public SecurityHeaders(@Value("${app.security.tls:false}") boolean tls) {
        this.tls = tls;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            boolean api = http.getRequestURI().startsWith(http.getContextPath() + "/api/");
            out.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
            out.setHeader("X-Frame-Options", "DENY");
            out.setHeader("X-Content-Type-Options", "nosniff");
            out.setHeader("Referrer-Policy", "same-origin");
            out.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            out.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            if (api) {
                out.setHeader("Cache-Control", "no-store");
            }
            if (tls || http.isSecure()) {
                out.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        }
        chain.doFilter(request, response);
    }
}
