package org.childsafe.actionplan.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text people typed can never run as a formula in a spreadsheet opening the CSV or XLSX exports. */
class FormulaNeutralisingTest {

    /** Cells a spreadsheet could read as a formula somewhere. */
    private static final String[] RISKY = {
        "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        " =1+1", "   @cmd", "'=1+1", "\"=1+1", " ' \"=1", "\u00A0=1", "＝1+1",
        "Fine first line\n=cmd|' /C calc'!A0", "ok\r\n  +1", "ok\r@x", "ok\n\n-5"
    };

    /** Does any line of the cell start, after spaces and quotes, with a formula character (or a tab / CR)? */
    private static boolean runsAsFormula(String cell) {
        for (String line : cell.split("\r\n|\n|\r", -1)) {
            if (line.startsWith("\t")) {
                return true;
            }
            String stripped = line.replaceAll("^[\\s\u00A0'\"`]+", "");
            if (!stripped.isEmpty() && "=+-@＝＋－＠".indexOf(stripped.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1)", " =1+1", "   @cmd", "'=1+1",
        "\"=1+1", " ' \"=1", "\u00A0=1", "＝1+1", "Fine first line\n=cmd|' /C calc'!A0", "ok\r\n  +1", "ok\r@x",
        "ok\n\n-5"})
    void every_line_that_could_run_gets_an_apostrophe_in_csv(String typed) {
        String cell = CsvExport.cell(typed);
        assertThat(runsAsFormula(typed)).as("the example is risky").isTrue();
        assertThat(cell).as(typed).satisfies(c -> {
            for (String line : c.split("\r\n|\n|\r", -1)) {
                if (!line.isEmpty() && runsAsFormula(line)) {
                    assertThat(line).as("line of " + typed).startsWith("'");
                }
            }
        });
        assertThat(cell.replace("'", "")).as("nothing else changes").isEqualTo(typed.replace("'", ""));
    }

    @Test
    void a_tab_or_carriage_return_at_the_start_still_gets_an_apostrophe() {
        assertThat(CsvExport.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvExport.cell("\rabc")).isEqualTo("'\rabc");
    }

    @Test
    void ordinary_text_numbers_and_dates_are_left_alone() {
        for (String plain : List.of("Policy signed by the board", "ร่างนโยบายคุ้มครองเด็ก", "Ask: who = owner?",
                "a-b", "5 - 3", "e-mail: a@b.example", "line one\nline two")) {
            assertThat(CsvExport.cell(plain)).as(plain).isEqualTo(plain);
        }
        assertThat(CsvExport.cell(-5)).isEqualTo("-5");
    }

    private static ExportTable table(String... cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (String cell : cells) {
            rows.add(Arrays.asList((Object) cell));
        }
        return new ExportTable("Actions", List.of("Action"), List.of(40), rows);
    }

    @Test
    void a_csv_file_read_back_has_no_cell_that_runs_as_a_formula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(table(RISKY), out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(RISKY.length + 1);
            for (CSVRecord record : records.subList(1, records.size())) {
                String cell = record.get(0);
                for (String line : cell.split("\r\n|\n|\r", -1)) {
                    assertThat(line.isEmpty() || line.startsWith("'") || !runsAsFormula(line)).as(cell).isTrue();
                }
            }
        }
        // a reader that ignores quoting and splits at every line break still meets an apostrophe first
        for (String physicalLine : text.split("\r\n|\n|\r")) {
            String unquoted = physicalLine.startsWith("\"") ? physicalLine.substring(1) : physicalLine;
            assertThat(unquoted.isEmpty() || unquoted.startsWith("'") || !runsAsFormula(unquoted))
                    .as(physicalLine).isTrue();
        }
    }

    @Test
    void xlsx_marks_risky_text_cells_as_quoted_text_and_never_writes_a_formula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(table("=1+1", " @cmd", "ok\n=2+2", "plain text"), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            Cell formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formula.getCellStyle().getQuotePrefixed()).as("shown as text, edited as text").isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            Cell second = sheet.getRow(3).getCell(0);
            assertThat(second.getStringCellValue()).isEqualTo("ok\n'=2+2");
            assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            for (int r = 1; r <= 4; r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
            }
        }
    }
}
