package org.childsafe.platform.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Applies {@link H2Urls#withCompatibility(String)} to every configured datasource before its pool starts. */
@Singleton
public class DatasourceUrlNormalizer implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (H2Urls.isH2(url)) {
            configuration.setUrl(H2Urls.withCompatibility(url));
        }
        return configuration;
    }
}
