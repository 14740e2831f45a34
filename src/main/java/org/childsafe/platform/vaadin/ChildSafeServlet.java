package org.childsafe.platform.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet, registered by micronaut-servlet because it is a {@code Servlet} bean.
 * It serves every path except {@code /api/*}, which Micronaut's own servlet serves.
 * (micronaut-servlet reads the {@code value} member only, never {@code urlPatterns}.)
 */
@Singleton
@WebServlet(value = "/*", asyncSupported = true, loadOnStartup = 1)
public class ChildSafeServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    public ChildSafeServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MicronautVaadinService service = new MicronautVaadinService(this, configuration, context);
        service.init();
        return service;
    }
}
