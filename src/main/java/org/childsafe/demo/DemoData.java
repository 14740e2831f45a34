package org.childsafe.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import org.childsafe.identity.domain.Actor;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.organisation.service.OrganisationService.OrganisationForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data for newcomers ({@code app.demo=true}, env {@code APP_DEMO}): the one place where demo
 * content is seeded. It runs only on an empty database, so restarting never duplicates anything.
 */
@Singleton
@Requires(property = "app.demo", value = "true")
@Order(100)
public class DemoData implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisations;

    public DemoData(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (organisations.count() > 0) {
            LOG.info("Demo data: the database already has organisations; nothing seeded");
            return;
        }
        organisations.create(Actor.SYSTEM, new OrganisationForm("Baan Rak Shelter, Chiang Rai", "TH", "shelter", "small"));
        organisations.create(Actor.SYSTEM, new OrganisationForm("Mekong Youth Foundation", "TH", "ngo", "medium"));
        organisations.create(Actor.SYSTEM, new OrganisationForm("Golden Triangle Homestays", "TH", "tourism", "small"));
        organisations.create(Actor.SYSTEM, new OrganisationForm("Chiang Saen Children's Home", "TH", "school_like_home", "large"));
        LOG.info("Demo data seeded");
    }
}
