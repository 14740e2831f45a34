package org.childsafe.actionplan.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * XLSX with Apache POI's streaming workbook (SXSSF: at most 100 rows in memory, the rest in a temporary file
 * that is removed when the workbook closes): bold heading row frozen at the top, an auto-filter, wrapped text,
 * real date cells. Text is always written as text, never as a formula; text a spreadsheet could still read as
 * one (when someone edits the cell or saves the sheet as CSV) is marked with the cell's quote prefix (shown
 * as plain text, no apostrophe), and its further lines get an apostrophe ({@link Formulas}).
 */
public final class XlsxExport {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(sheetName(table.sheetName()));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);

            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(Formulas.neutralise(table.headers().get(c)));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, Math.min(255, table.widths().get(c)) * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        String value0 = value.toString();
                        cell.setCellValue(Formulas.neutralise(value0, false));
                        cell.setCellStyle(Formulas.risky(value0) ? quoted : text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!table.headers().isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                        table.headers().size() - 1));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > MAX_SHEET_NAME ? cleaned.substring(0, MAX_SHEET_NAME) : cleaned;
    }
}
