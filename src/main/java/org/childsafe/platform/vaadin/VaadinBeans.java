package org.childsafe.platform.vaadin;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Vaadin services that Vaadin looks up through the instantiator, provided as Micronaut beans. */
@Factory
public class VaadinBeans {

    /** Vaadin's default; menu entries are filtered by role in the main layout. */
    @Singleton
    MenuAccessControl menuAccessControl() {
        return new DefaultMenuAccessControl();
    }
}
