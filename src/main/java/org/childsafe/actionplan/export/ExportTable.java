package org.childsafe.actionplan.export;

import java.util.List;

/**
 * A table to write as CSV or as one XLSX sheet. Cells are {@link String}, {@link java.time.LocalDate},
 * {@link Number}, or null (empty).
 *
 * @param sheetName the XLSX sheet name (at most 31 characters)
 * @param headers   column headings, in the document's language
 * @param widths    column widths in characters (XLSX only), one per column
 * @param rows      one list of cells per row, as long as {@code headers}
 */
public record ExportTable(String sheetName, List<String> headers, List<Integer> widths, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
        if (widths.size() != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
    }
}
