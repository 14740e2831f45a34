package org.childsafe;

import org.childsafe.platform.Launcher;

/** Starts ChildSafe: the Vaadin UI and the REST API on one port. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Launcher.launch(Application.class, args);
    }
}
