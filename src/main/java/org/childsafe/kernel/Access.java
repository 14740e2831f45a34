package org.childsafe.kernel;

/**
 * Who may do what (docs/api.md, "Roles"), as pure rules.
 * Services call these and refuse with 403/404; the UI uses the same rules to hide what is refused.
 * A deactivated organisation is read-only for the people linked to it: they still read it, but nobody
 * but an administrator works on or reviews it until an administrator activates it again.
 */
public final class Access {

    /** The refusal sentence when an organisation is deactivated (bundle {@code i18n/errors}). */
    public static final String INACTIVE = "error.organisation.inactive";

    private Access() {
    }

    /** See an organisation and its assessments, results and action plans. */
    public static boolean canRead(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.linkedTo(organisationId);
    }

    /** Start assessments, answer, submit, and work the action plan. */
    public static boolean canWork(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.role() == Role.MANAGER && actor.linkedTo(organisationId)
                && !actor.inactive(organisationId);
    }

    /** Review items, return and verify submitted assessments. */
    public static boolean canReview(Actor actor, long organisationId) {
        return actor.isAdmin() || actor.role() == Role.AUDITOR && actor.linkedTo(organisationId)
                && !actor.inactive(organisationId);
    }

    /**
     * The refusal when {@link #canWork} or {@link #canReview} says no: that the organisation is deactivated
     * when that is the reason, else the caller's own sentence.
     */
    public static ForbiddenException refusal(Actor actor, long organisationId, String key, Object... args) {
        return !actor.isAdmin() && actor.linkedTo(organisationId) && actor.inactive(organisationId)
                ? new ForbiddenException(INACTIVE) : new ForbiddenException(key, args);
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
