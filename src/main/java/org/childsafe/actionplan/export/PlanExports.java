package org.childsafe.actionplan.export;

import jakarta.inject.Singleton;
import org.childsafe.actionplan.service.ActionPlan;
import org.childsafe.audit.service.SecurityLog;
import org.childsafe.kernel.Actor;
import org.childsafe.uikit.ChildSafeI18n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The downloads of an action plan page and of the API: the plan as PDF, CSV or XLSX; the answers as CSV or XLSX. */
@Singleton
public class PlanExports {

    /** A file format with its extension and content type. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A file ready to send. */
    public record Export(String fileName, String contentType, byte[] bytes) {
    }

    private final ChildSafeI18n i18n;
    private final SecurityLog security;

    public PlanExports(ChildSafeI18n i18n, SecurityLog security) {
        this.i18n = i18n;
        this.security = security;
    }

    /** The plan for a person, recorded as an export in the organisation's history. */
    public Export plan(Actor actor, ActionPlan plan, Format format, String language) {
        Export export = plan(plan, format, language);
        security.exported(actor, plan.assessment().organisationId(), "action_plan", plan.assessment().id(),
                format.extension());
        return export;
    }

    /** The answers for a person, recorded as an export in the organisation's history. */
    public Export answers(Actor actor, ActionPlan plan, Format format, String language) {
        Export export = answers(plan, format, language);
        security.exported(actor, plan.assessment().organisationId(), "answers", plan.assessment().id(),
                format.extension());
        return export;
    }

    /** The plan in the given language, not recorded (tests and the recorded variant above) ({@code en} or {@code th}; anything else is English). */
    Export plan(ActionPlan plan, Format format, String language) {
        Labels labels = new Labels(i18n, language);
        PlanDocument document = PlanDocument.of(plan, labels.language());
        byte[] bytes = write(out -> {
            switch (format) {
                case PDF -> PlanPdf.write(document, labels, out);
                case CSV -> CsvExport.write(Tables.actions(document, labels), out);
                case XLSX -> XlsxExport.write(Tables.actions(document, labels), out);
            }
        });
        return new Export("action-plan-" + plan.assessment().id() + "-" + labels.language() + "." + format.extension(),
                format.contentType(), bytes);
    }

    /** The assessment's answers, reviews and item results as CSV or XLSX, not recorded. */
    Export answers(ActionPlan plan, Format format, String language) {
        if (format == Format.PDF) {
            throw new IllegalArgumentException("answers are exported as CSV or XLSX");
        }
        Labels labels = new Labels(i18n, language);
        ExportTable table = Tables.answers(plan, labels);
        byte[] bytes = write(out -> {
            if (format == Format.CSV) {
                CsvExport.write(table, out);
            } else {
                XlsxExport.write(table, out);
            }
        });
        return new Export("answers-" + plan.assessment().id() + "-" + labels.language() + "." + format.extension(),
                format.contentType(), bytes);
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
