package org.childsafe.rounds.domain;

import java.util.Locale;

/** How an item or a score moved between two rounds (compared on unrounded values). */
public enum Change {
    IMPROVED, SLIPPED, SAME;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Change between(double from, double to) {
        int c = Double.compare(canonical(to), canonical(from));
        return c > 0 ? IMPROVED : c < 0 ? SLIPPED : SAME;
    }

    /** Nine decimals, as the scoring method keeps them, so floating-point noise is no change. */
    private static double canonical(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(9, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
