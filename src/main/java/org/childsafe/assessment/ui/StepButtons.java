package org.childsafe.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.childsafe.framework.domain.Domain;

import java.util.List;

/**
 * "Previous" and "Next" under a step: to the neighbouring page of a long step, else to the neighbouring
 * step. Raises {@link StepEvent}; the view navigates.
 */
public class StepButtons extends Div {

    public StepButtons(List<Domain> domains, int stepIndex, int page, int pages, int pageSize) {
        addClassNames("cs-step-nav", "cs-no-print");
        if (page > 1 || stepIndex > 0) {
            Button previous = new Button(Labels.t("walk.previous"), VaadinIcon.ARROW_LEFT.create(), e -> {
                if (page > 1) {
                    fireEvent(new StepEvent(this, domains.get(stepIndex).code(), page - 1));
                } else {
                    Domain before = domains.get(stepIndex - 1);
                    fireEvent(new StepEvent(this, before.code(), Math.max(1, (before.items().size() + pageSize - 1) / pageSize)));
                }
            });
            previous.setId("step-previous");
            add(previous);
        }
        if (page < pages || stepIndex < domains.size() - 1) {
            Button next = new Button(Labels.t("walk.next"), VaadinIcon.ARROW_RIGHT.create(), e -> fireEvent(page < pages
                    ? new StepEvent(this, domains.get(stepIndex).code(), page + 1)
                    : new StepEvent(this, domains.get(stepIndex + 1).code(), 1)));
            next.setIconAfterText(true);
            next.setId("step-next");
            add(next);
        }
    }

    public Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    /** Go to this step (domain code) and page (1-based). */
    public static final class StepEvent extends ComponentEvent<StepButtons> {
        private final String step;
        private final int page;

        StepEvent(StepButtons source, String step, int page) {
            super(source, true);
            this.step = step;
            this.page = page;
        }

        public String step() {
            return step;
        }

        public int page() {
            return page;
        }
    }
}
