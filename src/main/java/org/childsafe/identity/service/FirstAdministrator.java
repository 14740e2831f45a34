package org.childsafe.identity.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;

/**
 * On first start with no administrator, creates one from {@code app.admin.username} and
 * {@code app.admin.password}; without a configured password, generates one and prints it once.
 */
@Singleton
@Order(10)
public class FirstAdministrator implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final IdentityService identity;
    private final String username;
    private final String password;

    public FirstAdministrator(IdentityService identity,
                              @Value("${app.admin.username:admin}") String username,
                              @Nullable @Value("${app.admin.password:}") String password) {
        this.identity = identity;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (identity.countAdmins() > 0) {
            return;
        }
        String chosen = password;
        boolean generated = chosen == null || chosen.isBlank();
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            chosen = sb.toString();
        } else if (PasswordHasher.problem(chosen, username) != null) {
            throw new IllegalStateException("app.admin.password (APP_ADMIN_PASSWORD): "
                    + org.childsafe.kernel.Messages.english(PasswordHasher.problem(chosen, username)));
        }
        identity.createFirstAdmin(username, chosen);
        if (generated) {
            LOG.warn("Created the first administrator '{}' with the generated password: {}  "
                    + "(shown once; change it after signing in, or set APP_ADMIN_PASSWORD)", username, chosen);
        } else {
            LOG.info("Created the first administrator '{}' from configuration", username);
        }
    }
}
