package org.childsafe.framework.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text in several languages: language code (e.g. {@code en}, {@code th}) to text.
 * English is the fallback whenever the requested language is missing.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String english) {
        return new LocalizedText(Map.of(FALLBACK_LANGUAGE, english));
    }

    public static LocalizedText of(String english, String thai) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(FALLBACK_LANGUAGE, english);
        map.put("th", thai);
        return new LocalizedText(map);
    }

    /** The text in the given language, else English, else any text, else "". */
    public String get(String language) {
        String text = values.get(language);
        if (text == null || text.isBlank()) {
            text = values.get(FALLBACK_LANGUAGE);
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    public String get(Locale locale) {
        return get(locale == null ? FALLBACK_LANGUAGE : locale.getLanguage());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String language) {
        String text = values.get(language);
        return text != null && !text.isBlank();
    }
}
