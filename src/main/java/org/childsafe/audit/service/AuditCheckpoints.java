package org.childsafe.audit.service;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Anchors the audit chain outside the database (ADR 0004): on start-up the head is sealed if it never
 * was, and a signed checkpoint is printed to the log then and every {@code app.audit.checkpoint-interval}
 * ({@code APP_AUDIT_CHECKPOINT_INTERVAL}, default one hour).
 */
@Singleton
@Order(1)
public class AuditCheckpoints implements ApplicationEventListener<StartupEvent> {

    private final AuditLog audit;

    public AuditCheckpoints(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        audit.sealIfNeeded();
        audit.logCheckpoint();
    }

    @Scheduled(fixedDelay = "${app.audit.checkpoint-interval:1h}", initialDelay = "${app.audit.checkpoint-interval:1h}")
    void periodically() {
        audit.logCheckpoint();
    }
}
