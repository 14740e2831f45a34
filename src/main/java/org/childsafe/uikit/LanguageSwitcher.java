package org.childsafe.uikit;

import com.vaadin.flow.component.select.Select;
import org.childsafe.uikit.ChildSafeI18n;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * English / ไทย. Choosing a language keeps it for this browser ({@link Language}), tells the caller
 * (e.g. to keep it on the person's account) and reloads the page in that language.
 */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher(Locale current, Consumer<Locale> onChosen) {
        setId("language-switcher");
        setItems(ChildSafeI18n.LOCALES);
        setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        setAriaLabel(getTranslation("language.choose"));
        setValue(ChildSafeI18n.supported(current));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Language.choose(e.getValue());
                onChosen.accept(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        setWidth("9em");
    }
}
