package org.childsafe.actionplan.export;

import org.childsafe.uikit.ChildSafeI18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The exports' words in one language, from the same i18n bundles as the UI ({@code i18n/actionplan*.properties}). */
public final class Labels {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ChildSafeI18n i18n;
    private final Locale locale;

    public Labels(ChildSafeI18n i18n, String language) {
        this.i18n = i18n;
        this.locale = ChildSafeI18n.supported(Locale.forLanguageTag(language == null ? "en" : language));
    }

    public String get(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * Dates print as ISO (2026-06-30) in both languages: unambiguous, sorts, and avoids mixing Buddhist-era and
     * Gregorian years on one page.
     */
    public static String date(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }
}
