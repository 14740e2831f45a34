package org.childsafe.platform.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Creates Vaadin objects (views, layouts, components) as Micronaut beans when they are beans, so
 * that they receive services through their constructors; anything else is created the Vaadin way.
 * Views and layouts must be {@code @Prototype} beans: Vaadin asks for a new instance per navigation.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.containsBean(type)) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public com.vaadin.flow.server.auth.MenuAccessControl getMenuAccessControl() {
        return getOrCreate(com.vaadin.flow.server.auth.MenuAccessControl.class);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }
}
