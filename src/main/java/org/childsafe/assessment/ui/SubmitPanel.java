package org.childsafe.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;

import java.util.List;

/**
 * The end of the checklist: a submit button and, when submitting is refused, the critical items
 * that still need an answer (as links the view supplies) or the refusal's message.
 */
public class SubmitPanel extends Div {

    private final Div problems = new Div();

    public SubmitPanel() {
        setId("submit-panel");
        addClassName("cs-submit-panel");
        Button submit = new Button(Labels.t("walk.submit"), e -> fireEvent(new SubmitEvent(this)));
        submit.setId("submit-assessment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.setId("submit-problems");
        problems.getElement().setAttribute("role", "alert");
        add(new H2(Labels.t("walk.submit.title")), new Paragraph(Labels.t("walk.submit.help")), submit, problems);
    }

    /** Submitting was refused because these critical items are unanswered (one link per item). */
    public void showBlockers(List<Component> links) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("submit-blockers");
        links.forEach(link -> list.add(new ListItem(link)));
        problems.add(new Paragraph(Labels.t("walk.submit.blockers")), list);
        problems.addClassName("cs-problems");
    }

    public void showError(String message) {
        problems.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("submit-error");
        problems.add(text);
        problems.addClassName("cs-problems");
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The person asked to submit. */
    public static final class SubmitEvent extends ComponentEvent<SubmitPanel> {
        SubmitEvent(SubmitPanel source) {
            super(source, true);
        }
    }
}
