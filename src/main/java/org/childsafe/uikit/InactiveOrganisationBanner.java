package org.childsafe.uikit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.childsafe.kernel.Actor;

import java.util.function.LongFunction;

/**
 * The notice on every page of a person whose organisation an administrator has deactivated: it is
 * read-only for them (the services refuse changes) until an administrator activates it again. Hidden
 * when all their organisations are active.
 */
public class InactiveOrganisationBanner extends Div {

    private final transient LongFunction<String> names;

    /** {@code names} gives an organisation's name by id. */
    public InactiveOrganisationBanner(LongFunction<String> names) {
        this.names = names;
        setId("inactive-organisation-banner");
        addClassName("cs-inactive-banner");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Shows the organisations of this person that are deactivated, or hides the banner. */
    public void show(Actor actor) {
        removeAll();
        if (actor == null || actor.isAdmin() || actor.inactiveOrganisationIds().isEmpty()) {
            setVisible(false);
            return;
        }
        actor.inactiveOrganisationIds().stream().sorted().forEach(id ->
                add(new Paragraph(getTranslation("org.inactive.banner", names.apply(id)))));
        setVisible(true);
    }
}
