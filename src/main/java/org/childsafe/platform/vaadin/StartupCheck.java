package org.childsafe.platform.vaadin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Tomcat reports a failed web context only in its log, and Micronaut still says "Startup completed".
 * This check turns that into a failed start-up with a clear message. When everything did start (the
 * database migrated, the port open, the API and the Vaadin context running) it logs the one line a
 * person looks for: the address to open.
 */
@Singleton
@Requires(beans = Tomcat.class)
public class StartupCheck implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);

    private final Tomcat tomcat;

    public StartupCheck(Tomcat tomcat) {
        this.tomcat = tomcat;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        for (org.apache.catalina.connector.Connector connector : tomcat.getService().findConnectors()) {
            if (connector.getState() != LifecycleState.STARTED) {
                throw new org.childsafe.platform.PortUnavailableException("the HTTP port " + connector.getPort()
                        + " could not be opened: it is in use by another program or outside 1 to 65535."
                        + " Choose another port with MICRONAUT_SERVER_PORT (micronaut.server.port).");
            }
        }
        for (Container child : tomcat.getHost().findChildren()) {
            if (child.getState() != LifecycleState.STARTED) {
                throw new IllegalStateException("The web application did not start (Tomcat context state "
                        + child.getState() + "); see the log lines above for the servlet that failed");
            }
        }
        LOG.info(readyLine(event.getSource().getURI()));
    }

    /** {@code ChildSafe is ready: http://localhost:8080/ (API http://localhost:8080/api, OpenAPI ...)}. */
    static String readyLine(URI server) {
        String root = server.toString().endsWith("/") ? server.toString() : server + "/";
        return "ChildSafe is ready: " + root + " (API " + root + "api, OpenAPI " + root + "api/openapi.yml)";
    }
}
