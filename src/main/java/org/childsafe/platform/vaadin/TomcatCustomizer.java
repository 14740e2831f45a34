package org.childsafe.platform.vaadin;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes embedded Tomcat fit to serve Vaadin and safe to face the internet: standard MIME types (without
 * them browsers refuse JavaScript modules and the page stays blank); a failing servlet start fails the
 * whole context instead of leaving a server that answers 404 everywhere ({@link StartupCheck} then stops
 * start-up); error pages without the Tomcat version; the session cookie {@code SameSite=Lax}, HttpOnly and,
 * behind TLS ({@code app.security.tls}), Secure; and, only for the reverse proxies listed in
 * {@code app.security.trusted-proxies}, the client address and scheme from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} (from anyone else those headers are ignored).
 */
@Singleton
public class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    private final boolean tls;
    private final String trustedProxies;

    public TomcatCustomizer(@Value("${app.security.tls:false}") boolean tls,
                            @Value("${app.security.trusted-proxies:}") String trustedProxies) {
        this.tls = tls;
        this.trustedProxies = trustedProxies == null ? "" : trustedProxies;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        if (tomcat.getHost() instanceof StandardHost host) {
            host.setFailCtxIfServletStartFails(true);
            // added before start, so the host keeps this one instead of its default (which names the version)
            ErrorReportValve errors = new ErrorReportValve();
            errors.setShowServerInfo(false);
            errors.setShowReport(false);
            host.getPipeline().addValve(errors);
        }
        String proxies = proxyPattern(trustedProxies);
        if (!proxies.isEmpty()) {
            RemoteIpValve remoteIp = new RemoteIpValve();
            remoteIp.setInternalProxies(proxies);
            remoteIp.setTrustedProxies("");
            remoteIp.setRemoteIpHeader("X-Forwarded-For");
            remoteIp.setProtocolHeader("X-Forwarded-Proto");
            tomcat.getEngine().getPipeline().addValve(remoteIp);
        }
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
                cookies.setSameSiteCookies("Lax");
                context.setCookieProcessor(cookies);
                context.setUseHttpOnly(true);
                if (tls) {
                    context.addServletContainerInitializer((classes, servletContext) ->
                            servletContext.getSessionCookieConfig().setSecure(true), null);
                }
            }
        }
        return tomcat;
    }

    /** The trusted proxies (comma-separated IP addresses) as the exact-match pattern RemoteIpValve takes. */
    static String proxyPattern(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
