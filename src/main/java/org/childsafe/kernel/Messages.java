package org.childsafe.kernel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The product's sentences in English and Thai: the bundles {@code i18n/<feature>[_th].properties} (UTF-8),
 * one per feature so that features do not edit one shared file; a key is looked up in each bundle in
 * turn. English is the base language, Thai the second. A missing key shows as {@code !key!} so that it is
 * seen at once ({@code I18nBundlesTest} fails the build when a key lacks a translation).
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale THAI = Locale.forLanguageTag("th");
    public static final List<Locale> LOCALES = List.of(ENGLISH, THAI);
    /** One bundle per feature; a bundle that does not exist (yet) is skipped. */
    public static final List<String> BUNDLES = List.of(
            "i18n.messages", "i18n.errors", "i18n.identity", "i18n.framework", "i18n.framework_problems", "i18n.assessment", "i18n.actionplan",
            "i18n.review", "i18n.audit", "i18n.reporting", "i18n.rounds");

    private Messages() {
    }

    /** The pattern of a key in the given language, if some bundle has it. */
    public static Optional<String> pattern(String key, Locale locale) {
        Locale effective = supported(locale);
        for (String bundle : BUNDLES) {
            ResourceBundle resources;
            try {
                resources = ResourceBundle.getBundle(bundle, effective, NoFallback.INSTANCE);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (resources.containsKey(key)) {
                return Optional.of(resources.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The key's sentence in the language, its arguments filled in; {@code !key!} when no bundle has it. */
    public static String render(String key, Locale locale, Object... args) {
        return pattern(key, locale)
                .map(p -> args.length == 0 ? p : new MessageFormat(p, supported(locale)).format(rendered(args, locale)))
                .orElse("!" + key + "!");
    }

    /** Arguments that are texts themselves (a status in words, say) are rendered in the same language. */
    private static Object[] rendered(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Text text) {
                out[i] = render(text, locale);
            }
        }
        return out;
    }

    /** A text in the language; a plain text as it is. */
    public static String render(Text text, Locale locale) {
        if (text.isPlain()) {
            return String.valueOf(text.args().get(0));
        }
        return render(text.key(), locale, text.args().toArray());
    }

    /** The text in English; null stays null. */
    public static String english(Text text) {
        return text == null ? null : render(text, ENGLISH);
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
