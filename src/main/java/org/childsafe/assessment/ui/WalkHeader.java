package org.childsafe.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.shared.Registration;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Item;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The top of the checklist: what is being assessed, overall progress, and one tab per domain with its
 * own progress ("5/8"). Choosing a tab raises {@link StepEvent}; the view navigates.
 */
public class WalkHeader extends Div {

    private final AssessmentDetails details;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Map<String, Span> stepCounts = new HashMap<>();
    private final Map<Tab, String> tabSteps = new HashMap<>();

    public WalkHeader(AssessmentDetails details, String currentStep) {
        this.details = details;
        addClassName("cs-walk-header");
        H1 title = new H1(details.assessment().title());
        title.setId("walk-title");
        Paragraph meta = new Paragraph(Labels.t("assessment.meta", details.organisationName(),
                Labels.text(details.framework().title()), details.framework().version(),
                details.assessment().period() == null ? "–" : details.assessment().period()));
        meta.addClassName("cs-meta");
        meta.add(new Span(" "), Labels.statusBadge(details.assessment().status()));
        progress.setId("walk-progress");
        progress.getElement().setAttribute("aria-label", Labels.t("walk.progress.label"));
        progressText.setId("walk-progress-text");
        Div progressRow = new Div(progressText, progress);
        progressRow.addClassName("cs-progress");

        Tabs tabs = new Tabs();
        tabs.setId("walk-steps");
        tabs.getElement().setAttribute("aria-label", Labels.t("walk.steps.label"));
        tabs.addClassName("cs-steps");
        Tab selected = null;
        for (Domain domain : details.framework().domains()) {
            Span count = new Span();
            count.addClassName("cs-step-count");
            stepCounts.put(domain.code(), count);
            Tab tab = new Tab(new Span(domain.code() + " · " + Labels.text(domain.title())), count);
            tab.setId("step-" + domain.code());
            tabSteps.put(tab, domain.code());
            tabs.add(tab);
            if (domain.code().equals(currentStep)) {
                selected = tab;
            }
        }
        tabs.setSelectedTab(selected);
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient() && e.getSelectedTab() != null) {
                fireEvent(new StepEvent(this, tabSteps.get(e.getSelectedTab())));
            }
        });
        add(title, meta, progressRow, tabs);
        update(details.answers().keySet());
    }

    /** Refreshes the overall bar and the per-step counts from the set of answered item codes. */
    public void update(Set<String> answered) {
        int total = details.framework().itemCount();
        int done = 0;
        for (Domain domain : details.framework().domains()) {
            int inStep = (int) domain.items().stream().map(Item::code).filter(answered::contains).count();
            done += inStep;
            Span count = stepCounts.get(domain.code());
            count.setText(inStep + "/" + domain.items().size());
            count.getElement().setAttribute("aria-label", Labels.t("walk.step.count", inStep, domain.items().size()));
            count.getElement().getClassList().set("cs-step-done", inStep == domain.items().size());
        }
        progress.setValue(total == 0 ? 0 : (double) done / total);
        progressText.setText(Labels.t("walk.progress", done, total));
    }

    public Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    /** The person chose another step (domain code). */
    public static final class StepEvent extends ComponentEvent<WalkHeader> {
        private final String step;

        StepEvent(WalkHeader source, String step) {
            super(source, true);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }
}
