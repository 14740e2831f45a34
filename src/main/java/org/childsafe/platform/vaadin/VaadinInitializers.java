package org.childsafe.platform.vaadin;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HandlesTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs Vaadin's own servlet container initialisers (route registry, lookup, app shell, dev mode...).
 * Embedded Tomcat does not discover them from {@code META-INF/services}; micronaut-servlet hands every
 * {@code ServletContainerInitializer} bean to Tomcat, so this bean loads Vaadin's with
 * {@link ServiceLoader}, computes each one's {@link HandlesTypes} set with one ClassGraph scan over
 * {@code com.vaadin} and the application's package, and calls them.
 */
@Singleton
public class VaadinInitializers implements ServletContainerInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinInitializers.class);
    private static final String[] SCANNED_PACKAGES = {"com.vaadin", "org.childsafe"};

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        long start = System.nanoTime();
        List<ServletContainerInitializer> initializers = ServiceLoader
                .load(ServletContainerInitializer.class, getClass().getClassLoader()).stream()
                .filter(p -> p.type().getName().startsWith("com.vaadin."))
                .map(ServiceLoader.Provider::get)
                .toList();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES)
                .scan()) {
            for (ServletContainerInitializer initializer : initializers) {
                initializer.onStartup(handledTypes(initializer, scan), servletContext);
            }
        }
        LOG.debug("Ran {} Vaadin initialisers in {} ms", initializers.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Set<Class<?>> handledTypes(ServletContainerInitializer initializer, ScanResult scan) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        Set<Class<?>> classes = new HashSet<>();
        if (handles == null) {
            return classes;
        }
        for (Class<?> type : handles.value()) {
            ClassInfoList found;
            if (type.isAnnotation()) {
                found = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                found = scan.getClassesImplementing(type.getName());
            } else {
                found = scan.getSubclasses(type.getName());
            }
            classes.addAll(found.loadClasses(true));
        }
        return classes;
    }
}
