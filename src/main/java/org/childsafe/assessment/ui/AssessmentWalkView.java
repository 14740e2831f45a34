package org.childsafe.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Item;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checklist, one step per domain ({@code assessments/5/walk/P}); without a step it resumes where
 * the person last answered. Every change is saved at once; the last step ends with submitting.
 * Long domains are shown {@value #PAGE_SIZE} items at a time ({@code ?page=2}); {@code ?item=P3}
 * moves the focus to one item.
 */
@Route("assessments/:id([0-9]{1,18})/walk/:step?")
@Prototype
public class AssessmentWalkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final transient AssessmentQueries service;
    private final transient AssessmentAnswering answering;
    private final transient AssessmentWorkflow workflow;
    private long id;
    private transient AssessmentDetails details;
    private WalkHeader header;
    private final Set<String> answered = new HashSet<>();

    public AssessmentWalkView(AssessmentQueries service, AssessmentAnswering answering, AssessmentWorkflow workflow) {
        this.service = service;
        this.answering = answering;
        this.workflow = workflow;
        addClassName("cs-walk");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AssessmentDetails> loaded = Loading.details(service, event);
        if (loaded.isEmpty()) {
            return;
        }
        details = loaded.get();
        id = details.assessment().id();
        QueryParameters query = event.getLocation().getQueryParameters();
        String focus = query.getSingleParameter("item").orElse(null);
        String requested = event.getRouteParameters().get("step").orElse(null);
        String step = requested;
        if (requested == null || details.framework().domains().stream().noneMatch(d -> d.code().equals(requested))) {
            String resume = focus != null ? focus : details.assessment().lastItemCode();
            focus = resume;
            step = Optional.ofNullable(resume).flatMap(details.framework()::domainOf)
                    .orElse(details.framework().domains().get(0)).code();
        }
        int page = query.getSingleParameter("page").map(AssessmentWalkView::number).orElse(1);
        render(step, page, focus);
    }

    private void render(String step, int requestedPage, String focus) {
        removeAll();
        Actor actor = CurrentUser.require();
        answered.clear();
        answered.addAll(details.answers().keySet());
        boolean editable = details.assessment().status().editable()
                && Access.canWork(actor, details.assessment().organisationId());
        header = new WalkHeader(details, step);
        header.addStepListener(e -> go(e.step(), 1, null));
        add(header);
        WalkBanners.of(details.assessment(), editable).forEach(this::add);

        List<Domain> domains = details.framework().domains();
        Domain domain = domains.stream().filter(d -> d.code().equals(step)).findFirst().orElseThrow();
        int stepIndex = domains.indexOf(domain);
        List<Item> items = domain.items();
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = focus == null ? Math.min(Math.max(1, requestedPage), pages)
                : 1 + Math.max(0, items.stream().map(Item::code).toList().indexOf(focus)) / PAGE_SIZE;
        H2 title = new H2(domain.code() + " · " + Labels.text(domain.title()));
        title.setId("step-title");
        Paragraph where = new Paragraph(Labels.t("walk.stepOf", stepIndex + 1, domains.size())
                + (pages > 1 ? " " + Labels.t("walk.pageOf", page, pages) : ""));
        where.addClassName("cs-meta");
        add(title, where);

        Map<String, List<Evidence>> evidence = service.evidence(actor, id, null).stream()
                .collect(Collectors.groupingBy(Evidence::itemCode));
        Div cards = new Div();
        cards.addClassName("cs-cards");
        for (Item item : items.subList((page - 1) * PAGE_SIZE, Math.min(items.size(), page * PAGE_SIZE))) {
            ItemCard card = new ItemCard(item, details.framework().scale(), details.answers().get(item.code()),
                    evidence.getOrDefault(item.code(), List.of()), editable);
            card.addAnswerListener(e -> answer(card, e.input()));
            card.addFileListener(e -> attach(card, e));
            card.addRemoveEvidenceListener(e -> removeFile(card, e.evidenceId()));
            cards.add(card);
            if (item.code().equals(focus)) {
                card.focusAnswer();
            }
        }
        StepButtons buttons = new StepButtons(domains, stepIndex, page, pages, PAGE_SIZE);
        buttons.addStepListener(e -> go(e.step(), e.page(), null));
        add(cards, buttons);
        if (editable && stepIndex == domains.size() - 1 && page == pages) {
            SubmitPanel submit = new SubmitPanel();
            submit.addSubmitListener(e -> submit(submit, step, page));
            add(submit);
        }
    }

    private void answer(ItemCard card, AssessmentAnswering.AnswerInput input) {
        try {
            AssessmentAnswering.AnswerSaved saved = answering.answer(CurrentUser.require(), id, card.itemCode(), input);
            card.showSaved(saved.answer(), saved.savedAt());
            if (saved.answer() == null) {
                answered.remove(card.itemCode());
            } else {
                answered.add(card.itemCode());
            }
            header.update(answered);
        } catch (Refusal refused) {
            card.showError(Sentences.of(refused));
        }
    }

    private void attach(ItemCard card, ItemCard.FileEvent file) {
        try {
            Evidence stored = answering.addEvidenceFile(CurrentUser.require(), id, card.itemCode(), null,
                    file.fileName(), file.fileType(), file.data());
            card.fileAdded(stored, stored.createdAt());
        } catch (Refusal refused) {
            card.showError(Sentences.of(refused));
        }
    }

    private void removeFile(ItemCard card, long evidenceId) {
        try {
            answering.removeEvidence(CurrentUser.require(), id, evidenceId);
            card.fileRemoved(evidenceId);
        } catch (Refusal refused) {
            card.showError(Sentences.of(refused));
        }
    }

    private void submit(SubmitPanel panel, String step, int page) {
        try {
            workflow.submit(CurrentUser.require(), id);
            Notification.show(Labels.t("walk.submitted"));
            details = service.details(CurrentUser.require(), id);
            render(step, page, null);
        } catch (InvalidInputException refused) {
            List<Component> links = refused.details().stream().map(Detail::path)
                    .map(code -> details.framework().item(code)).flatMap(Optional::stream)
                    .map(this::blockerLink).toList();
            if (links.isEmpty()) {
                panel.showError(Sentences.of(refused));
            } else {
                panel.showBlockers(links);
            }
        } catch (Refusal refused) {
            panel.showError(Sentences.of(refused));
        }
    }

    private Component blockerLink(Item item) {
        String step = details.framework().domainOf(item.code()).orElseThrow().code();
        RouterLink link = new RouterLink(item.code() + " – " + Labels.text(item.text()), AssessmentWalkView.class,
                new RouteParameters(Map.of("id", String.valueOf(id), "step", step)));
        link.setQueryParameters(QueryParameters.of("item", item.code()));
        link.setId("blocker-" + item.code());
        return link;
    }

    private void go(String step, int page, String focus) {
        Map<String, String> query = new HashMap<>();
        if (page > 1) {
            query.put("page", String.valueOf(page));
        }
        if (focus != null) {
            query.put("item", focus);
        }
        UI.getCurrent().navigate(AssessmentWalkView.class,
                new RouteParameters(Map.of("id", String.valueOf(id), "step", step)), QueryParameters.simple(query));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Labels.learnTimeZone(attachEvent.getUI());
    }

    @Override
    public String getPageTitle() {
        return (details == null ? Labels.t("nav.assessments") : details.assessment().title()) + " | "
                + Labels.t("app.name");
    }
}
