package vn.congdoan.reporting.export;

import java.math.BigDecimal;

/**
 * One cell of an exported CSV, written so that a spreadsheet shows it and never runs it. Text that
 * starts with {@code = + - @}, a tab or a carriage return would be read by Excel or LibreOffice
 * as a formula (CSV injection): it gets a leading apostrophe, as OWASP's "CSV Injection" page
 * advises. Numbers are written as they are (a negative number is not a formula). A cell holding a
 * comma, a quote or a line break is quoted, its quotes doubled (RFC 4180).
 */
final class CsvCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
