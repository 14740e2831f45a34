package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.EvidenceFile;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentWorkflow;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Item;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.uikit.AllowedRoles;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The auditor's review of a submitted assessment: per item "Confirm" or "Change answer" with a
 * comment, then "Return to organisation" (with a comment) or "Verify" (locks it for everyone).
 */
@Route("assessments/:id([0-9]{1,18})/review")
@AllowedRoles(Role.AUDITOR)
@Prototype
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AssessmentQueries service;
    private final transient AssessmentWorkflow workflow;
    private final transient org.childsafe.audit.service.SecurityLog security;
    private transient AssessmentDetails details;

    public ReviewView(AssessmentQueries service, AssessmentWorkflow workflow,
                      org.childsafe.audit.service.SecurityLog security) {
        this.service = service;
        this.workflow = workflow;
        this.security = security;
        addClassName("cs-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AssessmentDetails> loaded = Loading.details(service, event);
        if (loaded.isEmpty()) {
            return;
        }
        details = loaded.get();
        if (!Access.canReview(CurrentUser.require(), details.assessment().organisationId())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        long id = details.assessment().id();
        H1 title = new H1(Labels.t("review.title", details.assessment().title()));
        title.setId("review-title");
        Paragraph meta = new Paragraph(Labels.t("assessment.meta", details.organisationName(),
                Labels.text(details.framework().title()), details.framework().version(),
                details.assessment().period() == null ? "–" : details.assessment().period()));
        meta.addClassName("cs-meta");
        meta.add(Labels.statusBadge(details.assessment().status()));
        RouterLink result = new RouterLink(Labels.t("walk.toResult"), AssessmentResultView.class, params(id));
        result.setId("review-to-result");
        add(title, meta, result);
        if (!details.assessment().status().reviewable()) {
            Paragraph closed = new Paragraph(Labels.t("review.notReviewable", Labels.status(details.assessment().status())));
            closed.setId("review-closed");
            closed.addClassName("cs-banner");
            add(closed);
            return;
        }
        add(new Paragraph(Labels.t("review.intro")));
        Map<String, List<Evidence>> evidence = service.evidence(CurrentUser.require(), id, null).stream()
                .collect(Collectors.groupingBy(Evidence::itemCode));
        for (Domain domain : details.framework().domains()) {
            add(new H2(domain.code() + " · " + Labels.text(domain.title())));
            for (Item item : domain.items()) {
                ReviewItemPanel panel = new ReviewItemPanel(item, details.framework().scale(),
                        details.answers().get(item.code()), evidence.getOrDefault(item.code(), List.of()),
                        details.reviews().get(item.code()), this::fileLink);
                panel.addReviewListener(e -> review(id, panel, e));
                add(panel);
            }
        }
        add(decision(id));
    }

    private void review(long id, ReviewItemPanel panel, ReviewItemPanel.ReviewEvent e) {
        try {
            panel.showReviewed(workflow.review(CurrentUser.require(), id, panel.itemCode(), e.answer(), e.comment()));
        } catch (Refusal refused) {
            panel.showError(Sentences.of(refused));
        }
    }

    private Div decision(long id) {
        TextArea returnComment = new TextArea(Labels.t("review.return.comment"));
        returnComment.setId("return-comment");
        returnComment.setWidthFull();
        returnComment.setMaxLength(AssessmentAnswering.MAX_TEXT);
        Button back = new Button(Labels.t("review.return"), e -> {
            if (returnComment.getValue().isBlank()) {
                returnComment.setErrorMessage(Labels.t("review.return.required"));
                returnComment.setInvalid(true);
                return;
            }
            act(() -> workflow.returnToOrganisation(CurrentUser.require(), id, returnComment.getValue()), id,
                    "review.returned", returnComment);
        });
        back.setId("return-assessment");
        Button verify = new Button(Labels.t("review.verify"), e -> confirmVerify(id));
        verify.setId("verify-assessment");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Div box = new Div(new H2(Labels.t("review.decision")), new Paragraph(Labels.t("review.decision.help")),
                returnComment, back, verify);
        box.setId("review-decision");
        box.addClassNames("cs-submit-panel", "cs-no-print");
        return box;
    }

    private void confirmVerify(long id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Labels.t("review.verify.confirmTitle"));
        dialog.add(new Paragraph(Labels.t("review.verify.confirmText")));
        Button yes = new Button(Labels.t("review.verify"), e -> {
            dialog.close();
            act(() -> workflow.verify(CurrentUser.require(), id), id, "review.verified", null);
        });
        yes.setId("verify-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(Labels.t("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void act(Runnable action, long id, String doneKey, TextArea errorField) {
        try {
            action.run();
            Notification.show(Labels.t(doneKey));
            UI.getCurrent().navigate(AssessmentResultView.class, params(id));
        } catch (Refusal refused) {
            if (errorField != null) {
                errorField.setErrorMessage(Sentences.of(refused));
                errorField.setInvalid(true);
            } else {
                Notification.show(Sentences.of(refused));
            }
        }
    }

    private static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** A link that downloads an attached evidence file, read with the auditor's rights at click time. */
    private com.vaadin.flow.component.Component fileLink(Evidence file) {
        long assessmentId = details.assessment().id();
        long organisationId = details.assessment().organisationId();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                org.childsafe.kernel.Actor actor = signedIn(event.getSession());
                EvidenceFile stored = service.evidenceFile(actor, assessmentId, file.id());
                security.downloaded(actor, organisationId, "evidence", file.id(), stored.fileName());
                return new DownloadResponse(new ByteArrayInputStream(stored.data()), stored.fileName(),
                        stored.fileType() == null ? "application/octet-stream" : stored.fileType(), stored.data().length);
            } catch (Refusal refused) {
                return DownloadResponse.error(refused.kind() == Refusal.Kind.NOT_FOUND ? 404 : 403);
            }
        }), AttachmentType.DOWNLOAD, file.fileName());
        link.setId("evidence-download-" + file.id());
        return link;
    }

    /** Downloads are served outside the session lock: read the signed-in person under it. */
    private static Actor signedIn(VaadinSession session) {
        session.lock();
        try {
            return CurrentUser.require();
        } finally {
            session.unlock();
        }
    }

    @Override
    public String getPageTitle() {
        return Labels.t("review.title", details == null ? "" : details.assessment().title()) + " | "
                + Labels.t("app.name");
    }
}
