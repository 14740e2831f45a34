package org.childsafe.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.platform.vaadin.MicronautInstantiator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Browserless view tests (Karibu-Testing): a mocked Vaadin environment whose instantiator is the
 * application's own, so views get their Micronaut beans exactly as in production. Subclasses are
 * {@code @MicronautTest(startApplication = false)}.
 */
public abstract class ViewTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.childsafe");

    @Inject
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        ApplicationContext ctx = context;
        java.util.Locale locale = locale();
        kotlin.jvm.functions.Function0<UI> uiFactory = () -> {
            UI ui = new UI();
            ui.setLocale(locale);
            return ui;
        };
        MockVaadinServlet servlet = new MockVaadinServlet(ROUTES, uiFactory) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, uiFactory) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new MicronautInstantiator(this, ctx);
                    }
                };
                service.init();
                ROUTES.register(service.getContext());
                return service;
            }
        };
        MockVaadin.setup(uiFactory, servlet);
        Role role = signedInRole();
        if (role != null) {
            IdentityService identity = context.getBean(IdentityService.class);
            actor = TestUsers.create(identity, role, organisationIds());
            CurrentUser.set(actor);
            UI.getCurrent().navigate("");
        }
        beforeEachView();
    }

    /** The person signed in for the test: a fresh user of {@link #signedInRole()}, or null. */
    protected Actor actor;

    /** The role of the signed-in test user; null for an anonymous visitor. */
    protected Role signedInRole() {
        return Role.ADMIN;
    }

    /** Organisations linked to the signed-in test user. */
    protected Long[] organisationIds() {
        return new Long[0];
    }

    /** The language of the mocked UI; English unless a test class says otherwise. */
    protected java.util.Locale locale() {
        return java.util.Locale.ENGLISH;
    }

    /** Hook for subclasses, run after the mocked UI exists (e.g. to sign in). */
    protected void beforeEachView() {
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
