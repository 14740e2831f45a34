package org.childsafe.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;

import java.util.List;

/**
 * An auditor's view of one item: the organisation's answer, comment and evidence, and "Confirm" or
 * "Change answer", each with a required comment. It raises {@link ReviewEvent}; the view stores it.
 */
public class ReviewItemPanel extends Section {

    private final Item item;
    private final Scale scale;
    private final Answer answer;
    private final TextArea comment = new TextArea();
    private final RadioButtonGroup<String> changed = new RadioButtonGroup<>();
    private final Button save = new Button();
    private final Paragraph status = new Paragraph();

    public ReviewItemPanel(Item item, Scale scale, Answer answer, List<Evidence> evidence, Review review) {
        this(item, scale, answer, evidence, review, null);
    }

    /**
     * @param fileLink makes the link that opens an attached file (null: file names only); the panel itself
     *                 knows no services
     */
    public ReviewItemPanel(Item item, Scale scale, Answer answer, List<Evidence> evidence, Review review,
                           java.util.function.Function<Evidence, com.vaadin.flow.component.Component> fileLink) {
        this.item = item;
        this.scale = scale;
        this.answer = answer;
        String code = item.code();
        setId("review-card-" + code);
        addClassNames("cs-item-card", "cs-review-card");
        Span codeLabel = new Span(code);
        codeLabel.addClassName("cs-item-code");
        Div head = new Div(codeLabel);
        head.addClassName("cs-item-head");
        if (item.critical()) {
            Span critical = new Span(Labels.t("walk.critical"));
            critical.addClassNames("cs-badge", "cs-critical");
            head.add(critical);
        }
        Paragraph text = new Paragraph(Labels.text(item.text()));
        text.addClassName("cs-item-text");
        Paragraph given = new Paragraph(Labels.t("review.selfAnswer", Labels.option(scale,
                answer == null ? null : answer.answer())));
        given.setId("review-self-" + code);
        given.addClassName("cs-answer-text");
        add(head, text, given);
        if (answer != null && answer.naReason() != null) {
            add(new Paragraph(Labels.t("walk.naReason.readOnly", answer.naReason())));
        }
        if (answer != null && answer.comment() != null) {
            add(new Paragraph(Labels.t("walk.comment.readOnly", answer.comment())));
        }
        UnorderedList list = new UnorderedList();
        evidence.forEach(e -> {
            if (e.hasFile() && fileLink != null) {
                list.add(new ListItem(fileLink.apply(e), new com.vaadin.flow.component.html.Span(" – " + e.description())));
            } else {
                list.add(new ListItem(e.hasFile() ? e.fileName() + " – " + e.description()
                        : e.description() + (e.reference() == null ? "" : " – " + e.reference())));
            }
        });
        add(new Paragraph(evidence.isEmpty() ? Labels.t("review.noEvidence") : Labels.t("walk.evidence.title")));
        if (!evidence.isEmpty()) {
            add(list);
        }
        status.setId("review-status-" + code);
        status.getElement().setAttribute("role", "status");
        status.addClassName("cs-save-status");
        if (review != null) {
            showReviewed(review);
        }
        comment.setId("review-comment-" + code);
        comment.setLabel(Labels.t("review.comment"));
        comment.setHelperText(Labels.t("review.comment.help"));
        comment.setMaxLength(AssessmentAnswering.MAX_TEXT);
        comment.setWidthFull();
        changed.setId("review-answer-" + code);
        changed.setLabel(Labels.t("review.newAnswer"));
        changed.setItems(scale.options().stream().map(ScaleOption::code)
                .filter(c -> !ScaleOption.NOT_APPLICABLE.equals(c) || item.naAllowed()).toList());
        changed.setItemLabelGenerator(c -> Labels.option(scale, c));
        changed.setVisible(false);
        Button confirm = new Button(Labels.t("review.confirm"), e -> send(answer == null ? null : answer.answer()));
        confirm.setId("review-confirm-" + code);
        confirm.setEnabled(answer != null);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button change = new Button(Labels.t("review.change"), e -> {
            changed.setVisible(true);
            save.setVisible(true);
        });
        change.setId("review-change-" + code);
        save.setText(Labels.t("review.saveChange"));
        save.setId("review-save-" + code);
        save.setVisible(false);
        save.addClickListener(e -> {
            changed.setInvalid(changed.getValue() == null);
            changed.setErrorMessage(Labels.t("review.newAnswer.required"));
            if (changed.getValue() != null) {
                send(changed.getValue());
            }
        });
        Div buttons = new Div(confirm, change, save);
        buttons.addClassName("cs-actions");
        add(comment, changed, buttons, status);
    }

    private void send(String reviewedAnswer) {
        if (comment.getValue().isBlank()) {
            comment.setErrorMessage(Labels.t("review.comment.required"));
            comment.setInvalid(true);
            comment.focus();
            return;
        }
        comment.setInvalid(false);
        fireEvent(new ReviewEvent(this, reviewedAnswer, comment.getValue()));
    }

    public String itemCode() {
        return item.code();
    }

    public void showReviewed(Review review) {
        status.removeClassName("cs-save-error");
        boolean same = answer != null && answer.answer().equals(review.answer());
        status.setText(Labels.t(same ? "review.confirmed" : "review.changed", Labels.option(scale, review.answer()),
                review.comment(), Labels.time(review.reviewedAt())));
        changed.setVisible(false);
        save.setVisible(false);
    }

    public void showError(String message) {
        status.addClassName("cs-save-error");
        status.setText(Labels.t("walk.notSaved", message));
    }

    public Registration addReviewListener(ComponentEventListener<ReviewEvent> listener) {
        return addListener(ReviewEvent.class, listener);
    }

    /** The auditor confirmed (same answer) or changed the item's answer, with a comment. */
    public static final class ReviewEvent extends ComponentEvent<ReviewItemPanel> {
        private final String answer;
        private final String comment;

        ReviewEvent(ReviewItemPanel source, String answer, String comment) {
            super(source, true);
            this.answer = answer;
            this.comment = comment;
        }

        public String answer() {
            return answer;
        }

        public String comment() {
            return comment;
        }
    }
}
