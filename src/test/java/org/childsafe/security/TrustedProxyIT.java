package org.childsafe.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.audit.service.SecurityLog;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.support.Http;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a configured reverse proxy (here the test client's own address), the client address that
 * sign-ins are counted and recorded by is the one the proxy forwards.
 */
@MicronautTest(transactional = false)
@Property(name = "app.security.trusted-proxies", value = "10.255.255.1, 127.0.0.1")
class TrustedProxyIT {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    IdentityService identity;
    @Inject
    AuditLog audit;

    @Test
    void the_forwarded_client_address_of_a_trusted_proxy_is_the_one_recorded() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(manager.username(), "Not-The-Password-1")
                .header("X-Forwarded-For", "203.0.113.77")).status()).isEqualTo(401);

        AuditEntry failed = audit.history(identity.actor(TestUsers.ADMIN).orElseThrow(), null, 0, 20).stream()
                .filter(e -> e.entityType().equals(SecurityLog.ENTITY) && e.actor().equals(manager.username()))
                .findFirst().orElseThrow();
        assertThat(failed.afterJson()).contains("\"address\":\"203.0.113.77\"");
    }
}
