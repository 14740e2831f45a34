package org.childsafe.platform.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

import java.io.InputStream;
import java.net.URL;

/**
 * Vaadin's servlet service, made to work inside Micronaut's embedded Tomcat:
 * views and other Vaadin-created objects come from Micronaut ({@link MicronautInstantiator}), and
 * resources inside jars ({@code META-INF/resources/...}) are found through the class loader, because an
 * embedded Tomcat context does not expose them through {@code ServletContext#getResource}.
 */
public class MicronautVaadinService extends VaadinServletService {

    private static final String JAR_RESOURCES = "META-INF/resources/";

    private final transient ApplicationContext context;

    public MicronautVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration,
                                  ApplicationContext context) {
        super(servlet, configuration);
        this.context = context;
    }

    @Override
    protected Instantiator createInstantiator() {
        return new MicronautInstantiator(this, context);
    }

    @Override
    public URL getStaticResource(String path) {
        URL url = super.getStaticResource(path);
        return url != null ? url : fromClassLoader(path);
    }

    @Override
    public URL getResourceInServletContext(String path) {
        URL url = super.getResourceInServletContext(path);
        return url != null ? url : fromClassLoader(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        InputStream stream = super.getResourceAsStream(path);
        if (stream != null) {
            return stream;
        }
        return getClassLoader().getResourceAsStream(JAR_RESOURCES + strip(path));
    }

    private URL fromClassLoader(String path) {
        if (path == null) {
            return null;
        }
        return getClassLoader().getResource(JAR_RESOURCES + strip(path));
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}
