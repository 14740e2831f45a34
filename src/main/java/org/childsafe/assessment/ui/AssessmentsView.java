package org.childsafe.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentQueries.Overview;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

import java.util.List;

/** The assessments the signed-in person may see; managers and admins start new ones here. */
@Route("assessments")
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "nav.assessments")
@Prototype
public class AssessmentsView extends VerticalLayout implements HasDynamicTitle {

    private final transient AssessmentQueries service;
    private final transient AssessmentWorkflow workflow;
    private final Grid<Overview> grid = new Grid<>();

    public AssessmentsView(AssessmentQueries service, AssessmentWorkflow workflow, OrganisationService organisations,
                           FrameworkLibrary frameworks) {
        this.service = service;
        this.workflow = workflow;
        Actor actor = CurrentUser.require();
        setSizeFull();
        H1 title = new H1(Labels.t("assessments.title"));
        title.setId("assessments-title");
        add(title, new Paragraph(Labels.t("assessments.intro")));

        List<Organisation> workable = organisations.visible(actor).stream()
                .filter(o -> Access.canWork(actor, o.id())).toList();
        if (!workable.isEmpty()) {
            Button start = new Button(Labels.t("assessments.start"), VaadinIcon.PLUS.create(),
                    e -> openStart(workable, frameworks.list()));
            start.setId("start-assessment");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }

        grid.setId("assessment-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::titleLink)).setHeader(Labels.t("assessments.col.title"))
                .setFlexGrow(3);
        grid.addColumn(Overview::organisationName).setHeader(Labels.t("assessments.col.organisation")).setFlexGrow(2);
        grid.addColumn(o -> Labels.text(o.frameworkTitle()) + " " + o.frameworkVersion())
                .setHeader(Labels.t("assessments.col.framework")).setFlexGrow(2);
        grid.addColumn(o -> o.assessment().period() == null ? "" : o.assessment().period())
                .setHeader(Labels.t("assessments.col.period"));
        grid.addColumn(new ComponentRenderer<>(o -> Labels.statusBadge(o.assessment().status())))
                .setHeader(Labels.t("assessments.col.status"));
        grid.addColumn(new ComponentRenderer<>(this::progress)).setHeader(Labels.t("assessments.col.progress"));
        grid.addColumn(this::score).setHeader(Labels.t("assessments.col.score")).setFlexGrow(2);
        grid.setItems(query -> service.overview(CurrentUser.require(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(Labels.t("assessments.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    private Component titleLink(Overview o) {
        RouterLink link = new RouterLink(o.assessment().title(), opensWalk(o) ? AssessmentWalkView.class
                : AssessmentResultView.class, new RouteParameters("id", String.valueOf(o.assessment().id())));
        link.setId("open-assessment-" + o.assessment().id());
        return link;
    }

    private Component progress(Overview o) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, o.total()), o.answered());
        bar.getElement().setAttribute("aria-label", Labels.t("walk.progress", o.answered(), o.total()));
        bar.setWidth("5em");
        Div cell = new Div(new Span(o.answered() + "/" + o.total()), bar);
        cell.addClassName("cs-progress-cell");
        return cell;
    }

    private String score(Overview o) {
        AssessmentStatus status = o.assessment().status();
        if (o.rating() == null && o.score() == null || status.editable()) {
            return "";
        }
        return (o.score() == null ? "" : Labels.score(o.score()) + "% · ") + Labels.rating(o.rating());
    }

    /** Drafts (and returned ones) open in the checklist for the people who work on them; all else on the result. */
    private static boolean opensWalk(Overview o) {
        return o.assessment().status().editable()
                && Access.canWork(CurrentUser.require(), o.assessment().organisationId());
    }

    private void open(Overview o) {
        RouteParameters id = new RouteParameters("id", String.valueOf(o.assessment().id()));
        if (opensWalk(o)) {
            UI.getCurrent().navigate(AssessmentWalkView.class, id);
        } else {
            UI.getCurrent().navigate(AssessmentResultView.class, id);
        }
    }

    private void openStart(List<Organisation> organisations, List<FrameworkLibrary.Summary> frameworks) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Labels.t("assessments.start"));
        dialog.setWidth("min(40rem, 95vw)");
        StartAssessmentForm form = new StartAssessmentForm(organisations, frameworks);
        form.addCancelListener(e -> dialog.close());
        form.addStartListener(e -> {
            try {
                long id = workflow.start(CurrentUser.require(), e.form()).id();
                dialog.close();
                UI.getCurrent().navigate(AssessmentWalkView.class, new RouteParameters("id", String.valueOf(id)));
            } catch (Refusal refused) {
                form.showError(refused.details().isEmpty() ? "title" : refused.details().get(0).path(),
                        Sentences.of(refused));
            }
        });
        dialog.add(form);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Labels.t("assessments.title") + " | " + Labels.t("app.name");
    }
}
