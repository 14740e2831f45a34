package org.childsafe.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.identity.service.AuthenticationFailure;
import org.childsafe.identity.service.DemoAccountsWarning;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.support.Http;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With {@code app.demo} off (the test configuration), demo accounts and their published password stop working. */
@MicronautTest(transactional = false)
class DemoAccountsIT {

    private static final String DEMO_PASSWORD = "childsafe-demo";

    @Inject
    IdentityService identity;
    @Inject
    DemoAccountsWarning warning;
    @Inject
    @Client("/")
    HttpClient client;

    private IdentityService.User demoAdmin() {
        return identity.createDemo(new IdentityService.UserForm("demo-admin-" + UUID.randomUUID().toString()
                .substring(0, 6), "Demo Administrator", DEMO_PASSWORD, "admin", "en", List.of()));
    }

    @Test
    void a_demo_administrator_cannot_sign_in_once_the_demo_is_off() {
        IdentityService.User demo = demoAdmin();

        assertThatThrownBy(() -> identity.authenticate(demo.username(), DEMO_PASSWORD, "192.0.2.10"))
                .isInstanceOf(AuthenticationFailure.class)
                .extracting(f -> ((AuthenticationFailure) f).reason())
                .isEqualTo(AuthenticationFailure.Reason.BAD_CREDENTIALS);
        assertThat(Http.call(client, HttpRequest.GET("/api/me").basicAuth(demo.username(), DEMO_PASSWORD)).status())
                .isEqualTo(401);
        assertThat(identity.actor(demo.id())).as("no open session or API call goes on as them").isEmpty();
        assertThat(identity.sessionVersion(demo.id())).isEmpty();
    }

    @Test
    void the_start_up_warns_that_demo_accounts_exist_and_cannot_sign_in() {
        demoAdmin();
        Logger logger = (Logger) LoggerFactory.getLogger(DemoAccountsWarning.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            warning.onApplicationEvent(null);
        } finally {
            logger.detachAppender(seen);
        }
        assertThat(seen.list).anySatisfy(e -> {
            assertThat(e.getLevel().toString()).isEqualTo("WARN");
            assertThat(e.getFormattedMessage()).contains("demo accounts", "APP_DEMO is off", "cannot sign in");
        });
    }

    @Test
    void the_published_demo_password_is_refused_for_every_real_account() {
        assertThatThrownBy(() -> identity.create(org.childsafe.kernel.Actor.SYSTEM, new IdentityService.UserForm(
                "real-" + UUID.randomUUID().toString().substring(0, 6), "Real person", DEMO_PASSWORD, "manager", "en",
                List.of()))).isInstanceOf(org.childsafe.kernel.InvalidInputException.class);
    }
}
