package org.childsafe.actionplan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.actionplan.export.PlanExports;
import org.childsafe.actionplan.export.PlanExports.Format;
import org.childsafe.actionplan.service.ActionPatch;
import org.childsafe.actionplan.service.ActionPlan;
import org.childsafe.actionplan.service.ActionPlanService;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An assessment's action plan ({@code assessments/:id/actions}, reached from the assessment): actions grouped by
 * priority, each editable in place and saved as it changes, overdue actions marked in words, filters by status
 * and owner, progress per domain, and the downloads. Read-only for people who may not work on the plan.
 */
@Route("assessments/:id/actions")
@Prototype
public class ActionPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ALL = "";
    static final String NO_OWNER = "\u0000none";

    private final transient ActionPlanService service;
    private final transient PlanExports exports;
    private final Div progress = new Div();
    private final Div groups = new Div();
    private final Select<String> statusFilter = new Select<>();
    private final ComboBox<String> ownerFilter = new ComboBox<>();
    private final Map<Long, ActionCard> cards = new LinkedHashMap<>();
    private transient ActionPlan plan;
    private long assessmentId;
    private String title = "";

    public ActionPlanView(ActionPlanService service, PlanExports exports) {
        this.service = service;
        this.exports = exports;
        setId("action-plan");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        cards.clear();
        try {
            assessmentId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            plan = service.plan(actor(), assessmentId);
        } catch (NumberFormatException | NotFoundException e) {
            // the app's own "page not found" (404), exactly as for an assessment that does not exist
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build();
    }

    private Actor actor() {
        return CurrentUser.require();
    }

    private String language() {
        return getLocale() != null && "th".equals(getLocale().getLanguage()) ? "th" : "en";
    }

    private void build() {
        title = getTranslation("actionplan.pageTitle", plan.assessment().title());
        H1 heading = new H1(getTranslation("actionplan.title"));
        Paragraph about = new Paragraph(plan.details().organisationName() + " · " + plan.assessment().title() + " · "
                + plan.framework().title().get(language()) + " " + plan.framework().version());
        about.setId("action-plan-about");
        add(heading, about, new Paragraph(getTranslation("actionplan.intro")));
        if (!plan.editable()) {
            Paragraph readOnly = new Paragraph(getTranslation("actionplan.readOnly"));
            readOnly.setId("action-plan-read-only");
            readOnly.getStyle().set("font-weight", "600");
            add(readOnly);
        }
        add(downloads(), progress, filters(), groups);
        for (ActionItem action : plan.open()) {
            ActionCard card = new ActionCard(action, language(), plan.today(), plan.editable());
            card.addChangeListener(e -> change(e.getSource(), e.patch()));
            cards.put(action.id(), card);
        }
        showProgress();
        showGroups();
    }

    private HorizontalLayout downloads() {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("action-plan-downloads");
        row.addClassName("cs-no-print");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.add(new Span(getTranslation("actionplan.download") + ":"));
        row.add(download("download-pdf", "actionplan.download.pdf", false, Format.PDF));
        row.add(download("download-csv", "actionplan.download.csv", false, Format.CSV));
        row.add(download("download-xlsx", "actionplan.download.xlsx", false, Format.XLSX));
        row.add(download("download-answers-csv", "actionplan.download.answersCsv", true, Format.CSV));
        row.add(download("download-answers-xlsx", "actionplan.download.answersXlsx", true, Format.XLSX));
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /** A download produced when clicked, with the signed-in person's rights and the page's language. */
    private Anchor download(String id, String label, boolean answers, Format format) {
        Actor actor = actor();
        String language = language();
        long assessment = assessmentId;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ActionPlan current = service.plan(actor, assessment);
                PlanExports.Export export = answers ? exports.answers(actor, current, format, language)
                        : exports.plan(actor, current, format, language);
                return new DownloadResponse(new ByteArrayInputStream(export.bytes()), export.fileName(),
                        export.contentType(), export.bytes().length);
            } catch (Refusal refused) {
                return DownloadResponse.error(refused.kind() == Refusal.Kind.NOT_FOUND ? 404 : 403);
            }
        }), AttachmentType.DOWNLOAD, getTranslation(label));
        anchor.setId(id);
        return anchor;
    }

    private HorizontalLayout filters() {
        statusFilter.setId("filter-status");
        statusFilter.setLabel(getTranslation("actionplan.filter.status"));
        List<String> statuses = new ArrayList<>(List.of(ALL));
        for (ActionStatus s : ActionStatus.values()) {
            statuses.add(s.code());
        }
        statusFilter.setItems(statuses);
        statusFilter.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("actionplan.filter.status.all")
                : getTranslation("actionplan.status." + s));
        statusFilter.setValue(ALL);
        statusFilter.addValueChangeListener(e -> showGroups());
        ownerFilter.setId("filter-owner");
        ownerFilter.setLabel(getTranslation("actionplan.filter.owner"));
        ownerFilter.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("actionplan.filter.owner.all")
                : NO_OWNER.equals(o) ? getTranslation("actionplan.filter.owner.none") : o);
        refreshOwners();
        ownerFilter.setValue(ALL);
        ownerFilter.addValueChangeListener(e -> showGroups());
        HorizontalLayout row = new HorizontalLayout(statusFilter, ownerFilter);
        row.addClassName("cs-no-print");
        return row;
    }

    private void refreshOwners() {
        List<String> owners = new ArrayList<>(List.of(ALL, NO_OWNER));
        cards.values().stream().map(c -> c.action().owner()).filter(Objects::nonNull).distinct().sorted()
                .forEach(owners::add);
        String selected = ownerFilter.getValue();
        ownerFilter.setItems(owners);
        ownerFilter.setValue(selected != null && owners.contains(selected) ? selected : ALL);
    }

    private boolean matches(ActionItem a) {
        String status = statusFilter.getValue();
        String owner = ownerFilter.getValue();
        boolean statusOk = status == null || status.isEmpty() || a.status().code().equals(status);
        boolean ownerOk = owner == null || owner.isEmpty() || (NO_OWNER.equals(owner) ? a.owner() == null
                : owner.equals(a.owner()));
        return statusOk && ownerOk;
    }

    private void showGroups() {
        groups.removeAll();
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("actionplan.empty"));
            empty.setId("action-plan-empty");
            groups.add(empty);
            return;
        }
        boolean any = false;
        for (Priority priority : Priority.values()) {
            List<ActionCard> shown = cards.values().stream()
                    .filter(c -> c.action().priority() == priority && matches(c.action())).toList();
            if (shown.isEmpty()) {
                continue;
            }
            any = true;
            H2 heading = new H2(getTranslation("actionplan.priority.heading." + priority.code()) + " (" + shown.size() + ")");
            heading.setId("group-" + priority.code());
            groups.add(heading);
            shown.forEach(groups::add);
        }
        if (!any) {
            Paragraph none = new Paragraph(getTranslation("actionplan.noMatch"));
            none.setId("action-plan-no-match");
            groups.add(none);
        }
    }

    private void showProgress() {
        progress.removeAll();
        progress.setId("action-plan-progress");
        List<ActionItem> current = cards.values().stream().map(ActionCard::action).toList();
        ActionPlan now = new ActionPlan(plan.details(), plan.result(), plan.assessmentDate(), current, plan.today(),
                plan.editable());
        if (now.actions().isEmpty()) {
            return;
        }
        Span counts = new Span(getTranslation("actionplan.counts", now.actions().size(), now.overdueCount()));
        counts.setId("action-plan-counts");
        progress.add(new H2(getTranslation("actionplan.progress")), counts);
        for (ActionPlan.DomainProgress p : now.progress()) {
            Span label = new Span(p.domainCode() + " " + p.title().get(language()) + ": "
                    + getTranslation("actionplan.progress.value", p.done(), p.all()));
            label.setId("progress-" + p.domainCode());
            ProgressBar bar = new ProgressBar(0, 1, p.fraction());
            bar.setWidth("16rem");
            Div line = new Div(label, bar);
            line.getStyle().set("margin", "var(--lumo-space-xs) 0");
            progress.add(line);
        }
    }

    private void change(ActionCard card, ActionPatch patch) {
        try {
            ActionItem stored = service.update(actor(), assessmentId, card.action().id(), patch);
            card.saved(stored, plan.today());
            showProgress();
            if (patch.has(ActionPatch.OWNER)) {
                refreshOwners();
            }
        } catch (NotFoundException gone) {
            card.gone();
        } catch (Refusal refused) {
            card.refused(Sentences.of(refused), refused.details());
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("actionplan.title") : title) + " | " + getTranslation("app.name");
    }
}
