package org.childsafe.identity.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at start-up what the demo accounts (published password) can do: with {@code app.demo} on they sign
 * in, which is never right on a server with real data; with it off they exist but cannot sign in.
 */
@Singleton
@Order(200)
public class DemoAccountsWarning implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccountsWarning.class);

    private final IdentityService identity;
    private final boolean demo;

    public DemoAccountsWarning(IdentityService identity, @Value("${app.demo:false}") boolean demo) {
        this.identity = identity;
        this.demo = demo;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long count = identity.countDemoAccounts();
        if (demo) {
            LOG.warn("APP_DEMO is on: {} demo accounts with the published password can sign in. Never run the demo"
                    + " on a server with real data.", count);
        } else if (count > 0) {
            LOG.warn("{} demo accounts with the published password exist in this database. APP_DEMO is off, so they"
                    + " cannot sign in; an administrator should deactivate them.", count);
        }
    }
}
