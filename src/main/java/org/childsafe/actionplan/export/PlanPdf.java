package org.childsafe.actionplan.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable action plan: A4 landscape, one page for a typical plan, in one language.
 *
 * <p>Library: OpenPDF (LGPL/MPL, {@code com.github.librepdf:openpdf} 2.0.x, the last line that runs on Java 17)
 * rather than PDFBox 3. Both embed TrueType subsets, but this page is a table with wrapped cells, a repeated
 * heading row and measured heights, which OpenPDF's {@link PdfPTable} gives directly while PDFBox only draws
 * text at coordinates (line breaking, cell heights and page breaks would all be ours). Decisive for Thai:
 * OpenPDF's {@code LayoutProcessor} shapes text with the JDK's OpenType engine, so stacked vowel and tone marks
 * sit where they belong; PDFBox 3 applies no GPOS positioning (see {@link PdfFonts}).
 *
 * <p>Fitting on one page: the table is laid out at 9 pt and, while header and table are taller than the page,
 * again at a smaller size down to 6 pt; a plan too long even then flows onto more pages with the column
 * headings repeated.
 *
 * <p>Black and white: priority and status are words, overdue is the word "Overdue" in bold, urgent rows are
 * bold, the heading row is light grey; nothing depends on colour.
 */
public final class PlanPdf {

    private static final float MARGIN = 28f;
    private static final float[] SIZES = {9f, 8.5f, 8f, 7.5f, 7f, 6.5f, 6f};
    /** Relative column widths: priority, item, action, owner, due date, first step, status. */
    private static final float[] COLUMNS = {8.5f, 5f, 33f, 13f, 8.5f, 22f, 10f};
    private static final GrayColor HEADING_GREY = new GrayColor(0.85f);

    private PlanPdf() {
    }

    public static void write(PlanDocument plan, Labels labels, OutputStream out) throws IOException {
        // a landscape media box (not a portrait one turned by /Rotate), so every viewer and printer agrees
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        float width = page.getWidth() - 2 * MARGIN;
        float height = page.getHeight() - 2 * MARGIN;
        PdfPTable header = null;
        PdfPTable table = null;
        for (float size : SIZES) {
            header = header(plan, labels, size, width);
            table = plan.rows().isEmpty() ? null : table(plan, labels, size, width);
            float used = header.getTotalHeight() + (table == null ? 0 : table.getTotalHeight());
            if (used <= height) {
                break;
            }
        }
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(labels.get("actionplan.title") + " – " + plan.organisation());
            document.addCreator("ChildSafe");
            document.open();
            document.add(header);
            if (table == null) {
                PdfPTable empty = new PdfPTable(1);
                empty.setWidthPercentage(100);
                empty.addCell(plain(PdfFonts.phrase(PdfFonts.selector(SIZES[0], false), labels.get("actionplan.empty"))));
                document.add(empty);
            } else {
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot write the action plan PDF", e);
        }
    }

    private static PdfPTable header(PlanDocument plan, Labels l, float size, float width) {
        FontSelector regular = PdfFonts.selector(size, false);
        FontSelector bold = PdfFonts.selector(size + 5, true);
        PdfPTable header = new PdfPTable(1);
        header.setTotalWidth(width);
        header.setLockedWidth(true);
        header.addCell(plain(PdfFonts.phrase(bold, l.get("actionplan.title") + " – " + plan.organisation())));
        header.addCell(plain(PdfFonts.phrase(regular, plan.assessmentTitle() + " · " + plan.framework())));
        String score = plan.score() == null ? l.get("actionplan.score.none")
                : l.get("actionplan.pdf.score", String.format(java.util.Locale.ROOT, "%.1f", plan.score()),
                l.get("actionplan.rating." + plan.rating()));
        String facts = l.get("actionplan.assessmentDate") + ": " + Labels.date(plan.assessmentDate()) + " · " + score
                + " · " + l.get("actionplan.pdf.counts", plan.rows().size(), plan.overdueCount()) + " · "
                + l.get("actionplan.pdf.printed") + ": " + Labels.date(plan.today());
        header.addCell(plain(PdfFonts.phrase(regular, facts)));
        if (!plan.progress().isEmpty()) {
            List<String> parts = new ArrayList<>();
            plan.progress().forEach(p -> parts.add(p.domain() + " " + p.done() + "/" + p.all()));
            header.addCell(plain(PdfFonts.phrase(regular, (l.get("actionplan.progress") + ": "
                    + String.join(" · ", parts)))));
        }
        PdfPCell gap = plain(new Phrase(" "));
        gap.setFixedHeight(size * 0.6f);
        header.addCell(gap);
        return header;
    }

    private static PdfPTable table(PlanDocument plan, Labels l, float size, float width) {
        FontSelector regular = PdfFonts.selector(size, false);
        FontSelector bold = PdfFonts.selector(size, true);
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String key : List.of("priority", "item", "action", "owner", "due", "firstStep", "status")) {
            PdfPCell cell = cell(PdfFonts.phrase(bold, l.get("actionplan.col." + key)), size);
            cell.setGrayFill(HEADING_GREY.getGray());
            table.addCell(cell);
        }
        for (PlanDocument.Row r : plan.rows()) {
            FontSelector body = r.priority() == Priority.URGENT ? bold : regular;
            String priority = l.get("actionplan.priority." + r.priority().code())
                    + (r.critical() ? " · " + l.get("actionplan.critical") : "");
            table.addCell(cell(PdfFonts.phrase(body, priority), size));
            table.addCell(cell(body.process(r.itemCode()), size));
            table.addCell(cell(PdfFonts.phrase(body, r.text()), size));
            String owner = r.owner() != null ? r.owner()
                    : r.ownerRole() != null ? l.get("actionplan.pdf.suggested", r.ownerRole()) : "";
            table.addCell(cell(PdfFonts.phrase(regular, owner), size));
            Phrase due = regular.process(Labels.date(r.dueDate()));
            if (r.overdue()) {
                due.add(bold.process("\n" + l.get("actionplan.overdue")));
            }
            table.addCell(cell(due, size));
            table.addCell(cell(PdfFonts.phrase(regular, r.firstStep()), size));
            String status = l.get("actionplan.status." + r.status().code());
            if (r.status() == ActionStatus.DROPPED && r.dropReason() != null) {
                status += ": " + r.dropReason();
            }
            table.addCell(cell(PdfFonts.phrase(regular, status), size));
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase, float size) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderWidth(0.5f);
        cell.setPadding(size * 0.25f);
        cell.setPaddingBottom(size * 0.4f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        // Thai stacks marks above the line: 1.2 lines keeps them clear of the line above
        cell.setLeading(0, 1.2f);
        return cell;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1f);
        cell.setLeading(0, 1.25f);
        return cell;
    }
}
