package org.childsafe.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentAnswering.AnswerInput;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;

import java.time.Instant;
import java.util.List;

/**
 * One checklist item: its statement, guidance, the answer options, an N/A reason where needed, a
 * comment and evidence. It knows no services: every change raises {@link AnswerEvent} (or a file
 * event) at once, and the view reports back with {@link #showSaved} or {@link #showError}. Read-only
 * cards show the stored answer as text and have no inputs.
 */
public class ItemCard extends Section {

    private final Item item;
    private final Span status = new Span();
    private RadioButtonGroup<String> answers;
    private TextArea naReason;
    private TextArea comment;
    private EvidenceEditor evidence;
    private String savedAnswer;
    private String savedReason;

    public ItemCard(Item item, Scale scale, Answer answer, List<Evidence> evidenceList, boolean editable) {
        this.item = item;
        String code = item.code();
        setId("card-" + code);
        addClassName("cs-item-card");
        Span codeLabel = new Span(code);
        codeLabel.addClassName("cs-item-code");
        Div head = new Div(codeLabel);
        head.addClassName("cs-item-head");
        if (item.critical()) {
            Span critical = new Span(Labels.t("walk.critical"));
            critical.setId("critical-" + code);
            critical.addClassNames("cs-badge", "cs-critical");
            critical.setTitle(Labels.t("walk.critical.help"));
            head.add(critical);
        }
        Paragraph text = new Paragraph(Labels.text(item.text()));
        text.setId("text-" + code);
        text.addClassName("cs-item-text");
        add(head, text);
        guidance().ifPresent(this::add);
        savedAnswer = answer == null ? null : answer.answer();
        savedReason = answer == null ? null : answer.naReason();
        status.setId("saved-" + code);
        status.addClassName("cs-save-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        if (editable) {
            buildInputs(scale, answer, evidenceList);
            if (answer != null) {
                status.setText(Labels.t("walk.savedAt", Labels.time(answer.updatedAt())));
            }
            add(status);
        } else {
            buildReadOnly(scale, answer, evidenceList);
        }
    }

    private java.util.Optional<Details> guidance() {
        if (item.guidance().isEmpty() && item.evidenceExamples().isEmpty()) {
            return java.util.Optional.empty();
        }
        Div content = new Div();
        if (!item.guidance().isEmpty()) {
            content.add(new Paragraph(Labels.text(item.guidance())));
        }
        if (!item.evidenceExamples().isEmpty()) {
            content.add(new Paragraph(Labels.t("walk.evidenceExamples")));
            UnorderedList examples = new UnorderedList();
            item.evidenceExamples().forEach(e -> examples.add(new ListItem(Labels.text(e))));
            content.add(examples);
        }
        Details details = new Details(Labels.t("walk.guidance"), content);
        details.setId("guidance-" + item.code());
        details.addClassName("cs-guidance");
        return java.util.Optional.of(details);
    }

    private void buildInputs(Scale scale, Answer answer, List<Evidence> evidenceList) {
        String code = item.code();
        answers = new RadioButtonGroup<>(Labels.t("walk.answer.label"));
        answers.setId("answer-" + code);
        answers.setItems(scale.options().stream().map(ScaleOption::code)
                .filter(c -> !ScaleOption.NOT_APPLICABLE.equals(c) || item.naAllowed()).toList());
        answers.setItemLabelGenerator(c -> Labels.option(scale, c));
        answers.addClassName("cs-answer-options");
        naReason = new TextArea(Labels.t("walk.naReason.label"));
        naReason.setId("na-reason-" + code);
        naReason.setRequired(true);
        naReason.setMaxLength(AssessmentAnswering.MAX_TEXT);
        naReason.setWidthFull();
        naReason.setValueChangeMode(ValueChangeMode.ON_BLUR);
        comment = new TextArea(Labels.t("walk.comment.label"));
        comment.setId("comment-" + code);
        comment.setHelperText(Labels.t("walk.comment.help"));
        comment.setMaxLength(AssessmentAnswering.MAX_TEXT);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.ON_BLUR);
        if (answer != null) {
            answers.setValue(answer.answer());
            naReason.setValue(answer.naReason() == null ? "" : answer.naReason());
            comment.setValue(answer.comment() == null ? "" : answer.comment());
        }
        naReason.setVisible(ScaleOption.NOT_APPLICABLE.equals(answers.getValue()));
        evidence = new EvidenceEditor(code, evidenceList, () -> save(true),
                file -> fireEvent(new FileEvent(this, file.fileName(), file.fileType(), file.data())),
                id -> fireEvent(new RemoveEvidenceEvent(this, id)));
        Details evidenceDetails = new Details(Labels.t(item.evidenceRequired() ? "walk.evidence.required"
                : "walk.evidence.title"), evidence);
        evidenceDetails.setId("evidence-details-" + code);
        evidenceDetails.setOpened(item.evidenceRequired() || !evidenceList.isEmpty());
        answers.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                naReason.setVisible(ScaleOption.NOT_APPLICABLE.equals(e.getValue()));
                save(false);
            }
        });
        naReason.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(false);
            }
        });
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(false);
            }
        });
        add(answers, naReason, comment, evidenceDetails);
    }

    /** Sends what is on the card; N/A waits for its reason; a comment waits for an answer. */
    private void save(boolean withEvidence) {
        String answer = answers.getValue();
        String reason = naReason.getValue();
        if (ScaleOption.NOT_APPLICABLE.equals(answer) && reason.isBlank()) {
            naReason.setErrorMessage(Labels.t("walk.naReason.required"));
            naReason.setInvalid(true);
            status.setText(Labels.t("walk.naReason.notSaved"));
            status.addClassName("cs-save-error");
            if (!withEvidence) {
                return;
            }
            answer = savedAnswer;
            reason = savedReason;
        } else {
            naReason.setInvalid(false);
        }
        if (answer == null && !withEvidence) {
            status.setText(Labels.t("walk.answerFirst"));
            return;
        }
        fireEvent(new AnswerEvent(this, new AnswerInput(answer, comment.getValue(),
                ScaleOption.NOT_APPLICABLE.equals(answer) ? reason : null, withEvidence ? evidence.entries() : null)));
    }

    private void buildReadOnly(Scale scale, Answer answer, List<Evidence> evidenceList) {
        String code = item.code();
        Paragraph shown = new Paragraph(Labels.t("walk.answer.readOnly", Labels.option(scale,
                answer == null ? null : answer.answer())));
        shown.setId("answer-text-" + code);
        shown.addClassName("cs-answer-text");
        add(shown);
        if (answer != null && answer.naReason() != null) {
            add(new Paragraph(Labels.t("walk.naReason.readOnly", answer.naReason())));
        }
        if (answer != null && answer.comment() != null) {
            Paragraph c = new Paragraph(Labels.t("walk.comment.readOnly", answer.comment()));
            c.setId("comment-text-" + code);
            add(c);
        }
        if (!evidenceList.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("evidence-" + code);
            evidenceList.forEach(e -> list.add(new ListItem(e.hasFile() ? e.fileName() + " – " + e.description()
                    : e.description() + (e.reference() == null ? "" : " – " + e.reference()))));
            add(new Paragraph(Labels.t("walk.evidence.title")), list);
        }
    }

    public String itemCode() {
        return item.code();
    }

    public boolean isEditable() {
        return answers != null;
    }

    /** The answer was stored: say so with the time, and remember it. */
    public void showSaved(Answer stored, Instant savedAt) {
        savedAnswer = stored == null ? null : stored.answer();
        savedReason = stored == null ? null : stored.naReason();
        markSaved(savedAt);
    }

    private void markSaved(Instant savedAt) {
        status.removeClassName("cs-save-error");
        status.setText(Labels.t("walk.savedAt", Labels.time(savedAt)));
    }

    public void showError(String message) {
        status.addClassName("cs-save-error");
        status.setText(Labels.t("walk.notSaved", message));
    }

    public void fileAdded(Evidence file, Instant savedAt) {
        evidence.addFile(file);
        markSaved(savedAt);
    }

    public void fileRemoved(long evidenceId) {
        evidence.removeFile(evidenceId);
    }

    /** Moves the keyboard focus to the answer options (used when a link points at this item). */
    public void focusAnswer() {
        scrollIntoView();
        if (answers != null) {
            answers.getElement().executeJs("const r = this.querySelector('input'); if (r) { r.focus(); }");
        }
    }

    public Registration addAnswerListener(ComponentEventListener<AnswerEvent> listener) {
        return addListener(AnswerEvent.class, listener);
    }

    public Registration addFileListener(ComponentEventListener<FileEvent> listener) {
        return addListener(FileEvent.class, listener);
    }

    public Registration addRemoveEvidenceListener(ComponentEventListener<RemoveEvidenceEvent> listener) {
        return addListener(RemoveEvidenceEvent.class, listener);
    }

    /** The answer, comment, N/A reason (and, when they changed, the described evidence) to store. */
    public static final class AnswerEvent extends ComponentEvent<ItemCard> {
        private final AnswerInput input;

        AnswerEvent(ItemCard source, AnswerInput input) {
            super(source, true);
            this.input = input;
        }

        public AnswerInput input() {
            return input;
        }
    }

    /** A file to attach as evidence. */
    public static final class FileEvent extends ComponentEvent<ItemCard> {
        private final String fileName;
        private final String fileType;
        private final byte[] data;

        FileEvent(ItemCard source, String fileName, String fileType, byte[] data) {
            super(source, true);
            this.fileName = fileName;
            this.fileType = fileType;
            this.data = data;
        }

        public String fileName() {
            return fileName;
        }

        public String fileType() {
            return fileType;
        }

        public byte[] data() {
            return data;
        }
    }

    /** An attached file to remove. */
    public static final class RemoveEvidenceEvent extends ComponentEvent<ItemCard> {
        private final long evidenceId;

        RemoveEvidenceEvent(ItemCard source, long evidenceId) {
            super(source, true);
            this.evidenceId = evidenceId;
        }

        public long evidenceId() {
            return evidenceId;
        }
    }
}
