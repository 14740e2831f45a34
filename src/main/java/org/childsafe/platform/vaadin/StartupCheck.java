package org.childsafe.platform.vaadin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;

/**
 * Tomcat reports a failed web context only in its log, and Micronaut still says "Startup completed".
 * This check turns that into a failed start-up with a clear message.
 */
@Singleton
@Requires(beans = Tomcat.class)
public class StartupCheck implements ApplicationEventListener<ServerStartupEvent> {

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
    }
}
