package org.childsafe.organisation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Number of staff and volunteers: small (under 20), medium (20-99), large (100 or more). */
public enum SizeBand {
    SMALL, MEDIUM, LARGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SizeBand> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
