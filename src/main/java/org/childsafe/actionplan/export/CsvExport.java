package org.childsafe.actionplan.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV with Apache Commons CSV: UTF-8 with a byte order mark (so Excel opens Thai text correctly), Excel's
 * dialect (comma, CRLF, quotes where needed), dates as ISO. Every line of a text that a spreadsheet could run
 * as a formula gets a leading apostrophe ({@link Formulas}: CSV injection).
 */
public final class CsvExport {

    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(table.headers().stream().map(CsvExport::cell).toList());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(value -> cells.add(cell(value)));
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return Labels.date(date);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return Formulas.neutralise(value.toString());
    }
}
