package org.childsafe.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four roles; codes as used by the API and the database. */
public enum Role {
    /** Manages frameworks, organisations and users; may do everything. */
    ADMIN,
    /** Completes assessments for the organisations they belong to and works the action plan. */
    MANAGER,
    /** Reviews and verifies submitted assessments of the organisations assigned to them. */
    AUDITOR,
    /** Follows the organisations of their cohorts across assessment rounds (read only). */
    TRAINER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
