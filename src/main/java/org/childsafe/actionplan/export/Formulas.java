package org.childsafe.actionplan.export;

/**
 * Keeps text that people typed from being run as a spreadsheet formula (CSV / formula injection). A
 * spreadsheet may read a formula wherever a line of a cell starts with {@code = + - @} (also their
 * full-width forms), even after leading spaces or quotes, and where a line starts with a tab or a carriage
 * return; some tools also start a new cell after a line break inside a quoted cell. Every such line gets a
 * leading apostrophe, which spreadsheets show as text.
 */
final class Formulas {

    private static final String OPERATORS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    private static final String QUOTES = "'\"`\u2018\u2019\u201C\u201D\uFF02\uFF07";

    private Formulas() {
    }

    /** The text with an apostrophe before every line a spreadsheet could read as a formula. */
    static String neutralise(String text) {
        return neutralise(text, true);
    }

    /**
     * As {@link #neutralise(String)}, but leaving the first line alone when {@code firstLine} is false
     * (XLSX marks that one with the cell's quote prefix instead, which shows no apostrophe).
     */
    static String neutralise(String text, boolean firstLine) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        int start = 0;
        while (true) {
            if ((start > 0 || firstLine) && riskyLine(text, start)) {
                out.append('\'');
            }
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end >= text.length()) {
                out.append(text, start, text.length());
                break;
            }
            int next = end + 1;
            if (text.charAt(end) == '\r' && next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            out.append(text, start, next);
            start = next;
            if (start == text.length()) {
                break;
            }
        }
        return out.toString();
    }

    /** Could a spreadsheet read the first line of this text as a formula? */
    static boolean risky(String text) {
        return text != null && !text.isEmpty() && riskyLine(text, 0);
    }

    /** Does the line starting at {@code from} start (after spaces and quotes) with a formula character? */
    private static boolean riskyLine(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        char first = text.charAt(from);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (OPERATORS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && QUOTES.indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
