package org.childsafe.support;

import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.identity.service.IdentityService.UserForm;

import java.util.List;
import java.util.UUID;

/** Creates real users for tests (through the service, so hashing and links are the production ones). */
public final class TestUsers {

    public static final String PASSWORD = "Plum-Kettle-Harbour-42";
    /** The first administrator of the test configuration (application-test.yml). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Tamarind-Lantern-Orbit-71";

    private TestUsers() {
    }

    /** A new user with a unique name, the role and the organisations; returns their actor. */
    public static Actor create(IdentityService identity, Role role, Long... organisationIds) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        IdentityService.User user = identity.create(Actor.SYSTEM, new UserForm(username, "Test " + role.code(),
                PASSWORD, role.code(), "en", List.of(organisationIds)));
        return identity.actor(user.id()).orElseThrow();
    }
}
