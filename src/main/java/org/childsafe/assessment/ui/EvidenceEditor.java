package org.childsafe.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.assessment.service.AssessmentAnswering;
import org.childsafe.assessment.service.AssessmentAnswering.EvidenceInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The evidence part of an item card: described evidence (what it is and where it is kept, one row
 * each, added and removed freely) and uploaded redacted files. It only reports changes to its card.
 */
class EvidenceEditor extends Div {

    /** A file chosen by the person, with its type worked out from the name when the browser gave none. */
    record FileUpload(String fileName, String fileType, byte[] data) {
    }

    static final Map<String, String> TYPES_BY_EXTENSION = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png", "txt", "text/plain",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String code;
    private final Runnable onRowsChanged;
    private final Consumer<FileUpload> onFile;
    private final LongConsumer onRemoveFile;
    private final Div rows = new Div();
    private final UnorderedList files = new UnorderedList();
    private final Div attachArea = new Div();
    private int rowCounter;

    EvidenceEditor(String code, List<Evidence> evidence, Runnable onRowsChanged, Consumer<FileUpload> onFile,
                   LongConsumer onRemoveFile) {
        this.code = code;
        this.onRowsChanged = onRowsChanged;
        this.onFile = onFile;
        this.onRemoveFile = onRemoveFile;
        setId("evidence-" + code);
        addClassName("cs-evidence");
        rows.addClassName("cs-evidence-rows");
        evidence.stream().filter(e -> !e.hasFile()).forEach(e -> addRow(e.description(), e.reference()));
        Button add = new Button(Labels.t("walk.evidence.add"), VaadinIcon.PLUS.create(), e -> addRow("", "").description.focus());
        add.setId("evidence-add-" + code);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        files.addClassName("cs-evidence-files");
        evidence.stream().filter(Evidence::hasFile).forEach(this::addFile);
        Button attach = new Button(Labels.t("walk.evidence.attach"), VaadinIcon.UPLOAD.create(), e -> showUpload());
        attach.setId("attach-" + code);
        attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        attachArea.add(attach);
        add(rows, add, files, attachArea);
    }

    /** Described evidence as typed; rows without a description are not sent. */
    List<EvidenceInput> entries() {
        List<EvidenceInput> out = new ArrayList<>();
        rows.getChildren().map(Row.class::cast).forEach(r -> {
            boolean described = !r.description.getValue().isBlank();
            r.description.setInvalid(!described && !r.reference.getValue().isBlank());
            r.description.setErrorMessage(Labels.t("walk.evidence.description.required"));
            if (described) {
                out.add(new EvidenceInput(r.description.getValue().strip(), r.reference.getValue().strip()));
            }
        });
        return out;
    }

    void addFile(Evidence file) {
        Span name = new Span(file.fileName() + " (" + size(file.fileSize()) + ")");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> onRemoveFile.accept(file.id()));
        remove.setId("evidence-file-remove-" + file.id());
        remove.setAriaLabel(Labels.t("walk.evidence.removeFile", file.fileName()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        ListItem item = new ListItem(VaadinIcon.FILE_TEXT_O.create(), name, remove);
        item.setId("evidence-file-" + file.id());
        files.add(item);
    }

    void removeFile(long evidenceId) {
        files.getChildren().filter(c -> c.getId().orElse("").equals("evidence-file-" + evidenceId)).toList()
                .forEach(files::remove);
    }

    private Row addRow(String description, String reference) {
        Row row = new Row(rowCounter++, description, reference);
        rows.add(row);
        return row;
    }

    /** The file's bytes, at most one past the upload limit; the temporary file is removed. */
    static byte[] readAndDelete(java.io.File file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file.toPath())) {
            return in.readNBytes((int) AssessmentAnswering.MAX_FILE_BYTES + 1);
        } catch (java.io.IOException e) {
            return new byte[0];
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(file.toPath());
            } catch (java.io.IOException ignored) {
                file.deleteOnExit();
            }
        }
    }

    private void showUpload() {
        attachArea.removeAll();
        Paragraph redact = new Paragraph(Labels.t("walk.evidence.redact"));
        redact.setId("redact-" + code);
        redact.addClassName("cs-redact");
        Upload upload = new Upload();
        // received into a temporary file (never whole in memory); at most one byte past the limit is read
        // back, so that the service refuses a file that is too large with its own words
        upload.setUploadHandler(UploadHandler.toTempFile((meta, file) ->
                        onFile.accept(new FileUpload(meta.fileName(), typeOf(meta.fileName(), meta.contentType()),
                                readAndDelete(file))))
                .whenComplete(succeeded -> {
                    if (succeeded) {
                        upload.clearFileList();
                    }
                }));
        upload.setId("upload-" + code);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AssessmentAnswering.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png",
                TYPES_BY_EXTENSION.get("docx"), ".docx", "text/plain", ".txt");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Labels.t("walk.upload.add")).setMany(Labels.t("walk.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Labels.t("walk.upload.drop")).setMany(Labels.t("walk.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(Labels.t("walk.upload.tooBig"))
                .setIncorrectFileType(Labels.t("walk.upload.wrongType")).setTooManyFiles(Labels.t("walk.upload.tooMany")));
        upload.setI18n(i18n);
        Span help = new Span(Labels.t("walk.upload.help"));
        help.addClassName("cs-hint");
        attachArea.add(redact, upload, help);
    }

    /** The browser's type, or one worked out from the file name (some browsers send none for .docx). */
    static String typeOf(String fileName, String contentType) {
        if (contentType != null && !contentType.isBlank() && !"application/octet-stream".equals(contentType)) {
            return contentType;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? contentType : TYPES_BY_EXTENSION.getOrDefault(name.substring(dot + 1), contentType);
    }

    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** One described evidence entry. */
    private final class Row extends Div {
        final TextField description = new TextField();
        final TextField reference = new TextField();

        Row(int index, String descriptionText, String referenceText) {
            addClassName("cs-evidence-row");
            description.setId("evidence-desc-" + code + "-" + index);
            description.setLabel(Labels.t("walk.evidence.description"));
            description.setPlaceholder(Labels.t("walk.evidence.description.placeholder"));
            description.setMaxLength(500);
            description.setValue(descriptionText);
            reference.setId("evidence-ref-" + code + "-" + index);
            reference.setLabel(Labels.t("walk.evidence.reference"));
            reference.setPlaceholder(Labels.t("walk.evidence.reference.placeholder"));
            reference.setMaxLength(500);
            reference.setValue(referenceText == null ? "" : referenceText);
            for (TextField field : List.of(description, reference)) {
                field.setValueChangeMode(ValueChangeMode.ON_BLUR);
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        onRowsChanged.run();
                    }
                });
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                onRowsChanged.run();
            });
            remove.setId("evidence-remove-" + code + "-" + index);
            remove.setAriaLabel(Labels.t("walk.evidence.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(description, reference, remove);
        }
    }
}
