package org.childsafe.organisation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation it is; codes are used in the API and the database. */
public enum OrganisationType {
    SHELTER, NGO, TOURISM, SCHOOL_LIKE_HOME, GOVERNMENT, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrganisationType> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
