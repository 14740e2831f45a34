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
        for (Container child : tomcat.getHost().findChildren()) {
            if (child.getState() != LifecycleState.STARTED) {
                throw new IllegalStateException("The web application did not start (Tomcat context state "
                        + child.getState() + "); see the log lines above for the servlet that failed");
            }
        }
    }
}
