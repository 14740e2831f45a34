package org.childsafe.uikit;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Text;

import java.util.List;
import java.util.Locale;

/**
 * Every UI string comes from here, and from the same bundles as every other sentence of the product
 * ({@link Messages}): English by default, Thai as the second language.
 */
@Singleton
public class ChildSafeI18n implements I18NProvider {

    public static final Locale ENGLISH = Messages.ENGLISH;
    public static final Locale THAI = Messages.THAI;
    public static final List<Locale> LOCALES = Messages.LOCALES;
    public static final List<String> BUNDLES = Messages.BUNDLES;

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.render(key, locale, params);
    }

    /** A service's sentence in the reader's language. */
    public String translate(Text text, Locale locale) {
        return Messages.render(text, locale);
    }

    /** True when some bundle defines the key (used to translate optional keys such as error codes). */
    public boolean has(String key) {
        return Messages.pattern(key, ENGLISH).isPresent();
    }

    /** The supported locale closest to the given one (Thai for any {@code th-*}, else English). */
    public static Locale supported(Locale locale) {
        return Messages.supported(locale);
    }
}
