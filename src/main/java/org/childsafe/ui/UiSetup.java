package org.childsafe.ui;

import org.childsafe.uikit.Language;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/** Per-session set-up for the UI: the person's language. */
@Singleton
public class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(Language.initial(e.getRequest())));
    }
}
