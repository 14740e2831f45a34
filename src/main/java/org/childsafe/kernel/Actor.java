package org.childsafe.kernel;

import java.util.Set;

/**
 * Who is acting: a signed-in person with one role and the organisations linked to them
 * (belongs to as manager, assigned to as auditor, follows as trainer), and which of those organisations
 * an administrator has deactivated (read-only for the people linked to them). Every service call that
 * reads or changes organisation data takes an actor and asks {@link Access} whether it may.
 */
public record Actor(long userId, String username, String displayName, Role role, Set<Long> organisationIds,
                    String language, Set<Long> inactiveOrganisationIds) {

    public Actor {
        organisationIds = Set.copyOf(organisationIds);
        inactiveOrganisationIds = Set.copyOf(inactiveOrganisationIds);
    }

    /** An actor whose organisations are all active. */
    public Actor(long userId, String username, String displayName, Role role, Set<Long> organisationIds,
                 String language) {
        this(userId, username, displayName, role, organisationIds, language, Set.of());
    }

    /** The system itself (start-up imports, demo seeding); never a person. */
    public static final Actor SYSTEM = new Actor(0, "system", "ChildSafe", Role.ADMIN, Set.of(), "en");

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean linkedTo(long organisationId) {
        return organisationIds.contains(organisationId);
    }

    /** Is this one of the actor's organisations, deactivated by an administrator? */
    public boolean inactive(long organisationId) {
        return inactiveOrganisationIds.contains(organisationId);
    }
}
