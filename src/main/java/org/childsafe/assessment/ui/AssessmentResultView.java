package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.assessment.domain.ServedResult;

import java.util.Optional;

/**
 * The result of an assessment: score, band and rating with the reason in words, the provisional and
 * indicative labels explained, a bar per domain and every item's part in the score. Once an auditor
 * has reviewed items, the self-assessed and verified results stand side by side.
 */
@Route("assessments/:id([0-9]{1,18})/result")
@Prototype
public class AssessmentResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AssessmentQueries service;
    private transient AssessmentDetails details;

    public AssessmentResultView(AssessmentQueries service) {
        this.service = service;
        addClassName("cs-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AssessmentQueries.WithResult> loaded = Loading.withResult(service, event);
        if (loaded.isEmpty()) {
            return;
        }
        details = loaded.get().details();
        ServedResult served = loaded.get().result();
        removeAll();
        Actor actor = CurrentUser.require();
        Assessment assessment = details.assessment();
        ScoreComparison comparison = served.result();

        H1 title = new H1(assessment.title());
        title.setId("result-title");
        Paragraph meta = new Paragraph(Labels.t("assessment.meta", details.organisationName(),
                Labels.text(details.framework().title()), details.framework().version(),
                assessment.period() == null ? "–" : assessment.period()));
        meta.addClassName("cs-meta");
        meta.add(new Span(" "), Labels.statusBadge(assessment.status()));
        add(title, meta, actions(actor, assessment));
        if (assessment.status().editable()) {
            Paragraph draft = new Paragraph(Labels.t("result.draftNote"));
            draft.setId("result-draft-note");
            draft.addClassName("cs-banner");
            add(draft);
        }
        if (comparison.reviewed()) {
            Div both = new Div(new ScoreSummary("result-self", Labels.t("result.self"), comparison.self(),
                    details.framework()), new ScoreSummary("result-verified", Labels.t(assessment.status()
                    == AssessmentStatus.VERIFIED ? "result.verified" : "result.inReview"), comparison.effective(),
                    details.framework()));
            both.addClassName("cs-side-by-side");
            add(both);
        } else {
            add(new ScoreSummary("result", Labels.t("result.heading"), comparison.effective(), details.framework()));
        }
        add(new ItemResultsTable(details, comparison));
    }

    private Div actions(Actor actor, Assessment assessment) {
        Div actions = new Div();
        actions.addClassNames("cs-actions", "cs-no-print");
        RouterLink back = new RouterLink(Labels.t("result.back"), AssessmentsView.class);
        back.setId("result-back");
        actions.add(back);
        RouteParameters id = new RouteParameters("id", String.valueOf(assessment.id()));
        RouterLink walk = new RouterLink(Labels.t(assessment.status().editable()
                && Access.canWork(actor, assessment.organisationId()) ? "result.toWalk.edit" : "result.toWalk.read"),
                AssessmentWalkView.class, id);
        walk.setId("result-walk");
        actions.add(walk);
        // the action plan lives in its own feature (actionplan), which depends on this one: link by address
        com.vaadin.flow.component.html.Anchor plan = new com.vaadin.flow.component.html.Anchor(
                "assessments/" + assessment.id() + "/actions", Labels.t("result.actionPlan"));
        plan.setId("result-actions");
        actions.add(plan);
        if (assessment.status().reviewable() && Access.canReview(actor, assessment.organisationId())) {
            Button review = new Button(Labels.t("result.review"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> UI.getCurrent().navigate(ReviewView.class, id));
            review.setId("result-review");
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(review);
        }
        Button print = new Button(Labels.t("result.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("result-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(print);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? Labels.t("result.heading") : details.assessment().title()) + " | "
                + Labels.t("app.name");
    }
}
