package org.childsafe.framework.domain;

/**
 * One answer option of a scale.
 *
 * @param code  the code used in files and the API, e.g. {@code met}
 * @param value in [0, 1]; null only for {@code na} (not applicable, excluded from scores)
 * @param label optional display label ({@link LocalizedText#EMPTY} for built-in options, which the UI translates)
 */
public record ScaleOption(String code, Double value, LocalizedText label) {

    public static final String DONT_KNOW = "dont_know";
    public static final String NOT_APPLICABLE = "na";

    public boolean isNotApplicable() {
        return NOT_APPLICABLE.equals(code);
    }

    public boolean isDontKnow() {
        return DONT_KNOW.equals(code);
    }
}
