package org.childsafe.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Messages;
import org.childsafe.kernel.Refusal;
import org.childsafe.kernel.Text;

import java.util.Locale;

/** A service's sentences ({@link Text}, {@link Refusal}) in the language of the person looking at the UI. */
public final class Sentences {

    private Sentences() {
    }

    public static String of(Text text) {
        return Messages.render(text, locale());
    }

    /** The refusal's main sentence. */
    public static String of(Refusal refusal) {
        return of(refusal.text());
    }

    public static String of(Detail detail) {
        return of(detail.message());
    }

    /** The UI's locale, else the session's, else English. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : Messages.ENGLISH;
    }
}
