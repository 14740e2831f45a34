package org.childsafe.kernel;

/**
 * Who may do what (docs/api.md, "Roles"), as pure rules.
 * Services call these and refuse with 403/404; the UI uses the same rules to hide what is refused.
 */
public final class Access {

    private Access() {
    }

    /** See an organisation and its assessments, results and action plans. */
    public static boolean canRead(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.linkedTo(organisationId);
    }

    /** Start assessments, answer, submit, and work the action plan. */
    public static boolean canWork(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.role() == Role.MANAGER && actor.linkedTo(organisationId);
    }

    /** Review items, return and verify submitted assessments. */
    public static boolean canReview(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.role() == Role.AUDITOR && actor.linkedTo(organisationId);
    }

    /** Manage users, organisations and frameworks. */
    public static boolean canAdminister(Actor actor) {
        return actor.isAdmin();
    }

    /** See the audit trail of an organisation (admins: the whole trail). */
    public static boolean canSeeHistory(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.role() == Role.MANAGER && actor.linkedTo(organisationId)
                || actor.role() == Role.AUDITOR && actor.linkedTo(organisationId);
    }
}
