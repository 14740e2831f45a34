package org.childsafe.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every UI string comes from here: the bundles {@code i18n/<feature>[_th].properties} (UTF-8), one per
 * feature so that features do not edit one shared file; a key is looked up in each bundle in turn.
 * English is the default; Thai is the second language. A missing key shows as {@code !key!} so that
 * it is seen at once (and {@code I18nBundlesTest} fails the build when a key lacks a translation).
 */
@Singleton
public class ChildSafeI18n implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale THAI = Locale.forLanguageTag("th");
    public static final List<Locale> LOCALES = List.of(ENGLISH, THAI);
    /** One bundle per feature; a bundle that does not exist (yet) is skipped. */
    public static final List<String> BUNDLES = List.of(
            "i18n.messages", "i18n.identity", "i18n.framework", "i18n.assessment", "i18n.actionplan",
            "i18n.review", "i18n.audit", "i18n.reporting");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String bundle : BUNDLES) {
            ResourceBundle resources;
            try {
                resources = ResourceBundle.getBundle(bundle, effective, NoFallback.INSTANCE);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (resources.containsKey(key)) {
                String pattern = resources.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        return "!" + key + "!";
    }

    /** True when some bundle defines the key (used to translate optional keys such as error codes). */
    public boolean has(String key) {
        return !getTranslation(key, ENGLISH).startsWith("!");
    }

    /** The supported locale closest to the given one (Thai for any {@code th-*}, else English). */
    public static Locale supported(Locale locale) {
        if (locale != null && THAI.getLanguage().equals(locale.getLanguage())) {
            return THAI;
        }
        return ENGLISH;
    }

    /** Never fall back to the JVM's default locale: English is the base bundle. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
