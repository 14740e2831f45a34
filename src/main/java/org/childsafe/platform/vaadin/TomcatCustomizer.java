package org.childsafe.platform.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;

/**
 * Makes embedded Tomcat fit to serve Vaadin: standard MIME types (without them browsers refuse
 * JavaScript modules and the page stays blank) and a failing servlet start fails the whole context
 * instead of leaving a server that answers 404 everywhere ({@link StartupCheck} then stops start-up).
 */
@Singleton
public class TomcatCustomizer implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        if (tomcat.getHost() instanceof StandardHost host) {
            host.setFailCtxIfServletStartFails(true);
        }
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
            }
        }
        return tomcat;
    }
}
