package org.childsafe.framework.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.childsafe.kernel.Detail;
import org.childsafe.uikit.Sentences;

import java.util.List;
import java.util.Locale;

/**
 * Uploading a framework file, in memory. It knows no services: a received file of the right kind and
 * size raises {@link ImportEvent}; the view imports it and shows a refusal with {@link #showRefusal}
 * (the problems of the file, one per line: where, line, message).
 */
public class FrameworkImportPanel extends VerticalLayout {

    /** The largest file accepted (the browser checks it first, the server again). */
    public static final int MAX_BYTES = 1024 * 1024;

    private final Upload upload = new Upload();
    private final Div result = new Div();

    public FrameworkImportPanel() {
        setId("framework-import-panel");
        setPadding(false);
        upload.setId("framework-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("framework.import.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("framework.import.drop")));
        upload.setUploadHandler(new InMemoryUploadHandler((metadata, content) -> receive(metadata.fileName(), content)) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.addFileRejectedListener(e -> showMessage(getTranslation("framework.import.rejected")));
        result.setId("framework-import-result");
        result.setWidthFull();
        add(new H2(getTranslation("framework.import.title")), new Paragraph(getTranslation("framework.import.hint")),
                upload, result);
    }

    /** A file has arrived: refused at once when it is not a YAML file of at most {@link #MAX_BYTES}. */
    public void receive(String fileName, byte[] content) {
        upload.clearFileList();
        result.removeAll();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || content.length > MAX_BYTES) {
            showMessage(getTranslation("framework.import.rejected"));
            return;
        }
        fireEvent(new ImportEvent(this, fileName, content));
    }

    /**
     * Shows why the file was refused: a heading, the service's message and every problem (where, line, what),
     * all in the reader's language; paths and codes stay as they are written in the file.
     */
    public void showRefusal(String message, List<Detail> problems) {
        result.removeAll();
        H3 title = new H3(getTranslation("framework.import.refused.title"));
        title.setId("framework-import-refused");
        title.addClassName(LumoUtility.TextColor.ERROR);
        Paragraph explanation = new Paragraph(getTranslation("framework.import.refused.text"));
        Paragraph summary = new Paragraph(message);
        summary.setId("framework-import-message");
        UnorderedList list = new UnorderedList();
        list.setId("framework-import-problems");
        problems.forEach(problem -> list.add(problem(problem)));
        result.add(title, explanation, summary);
        if (!problems.isEmpty()) {
            result.add(list);
        }
    }

    private ListItem problem(Detail problem) {
        String where = problem.path() == null || problem.path().isBlank()
                ? getTranslation("framework.import.problem.file") : problem.path();
        Span place = new Span(where);
        place.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        ListItem item = new ListItem(place);
        if (problem.line() != null) {
            item.add(new Span(" (" + getTranslation("framework.import.problem.line", String.valueOf(problem.line())) + ")"));
        }
        item.add(new Span(": " + Sentences.of(problem)));
        return item;
    }

    /** Clears the last result (after a successful import). */
    public void clear() {
        result.removeAll();
    }

    private void showMessage(String text) {
        result.removeAll();
        Paragraph message = new Paragraph(text);
        message.setId("framework-import-rejected");
        message.addClassName(LumoUtility.TextColor.ERROR);
        result.add(message);
    }

    public Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    /** A file of the right kind and size arrived and should be imported. */
    public static final class ImportEvent extends ComponentEvent<FrameworkImportPanel> {
        private final String fileName;
        private final byte[] content;

        ImportEvent(FrameworkImportPanel source, String fileName, byte[] content) {
            super(source, false);
            this.fileName = fileName;
            this.content = content.clone();
        }

        public String fileName() {
            return fileName;
        }

        public byte[] content() {
            return content.clone();
        }
    }
}
