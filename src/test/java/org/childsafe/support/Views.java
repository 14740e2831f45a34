package org.childsafe.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;

import java.util.List;

/** What the mocked browser shows now. */
public final class Views {

    private Views() {
    }

    /** The view (or error view) that the last navigation ended on. */
    public static HasElement current() {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            throw new AssertionError("nothing is shown: no navigation has happened");
        }
        return chain.get(0);
    }
}
