package vn.congdoan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV file of a bulk import (RFC 4180), read whole: a header row naming known columns in any
 * order, commas, double quotes around fields that hold commas, quotes or line breaks, LF or CRLF
 * line ends, a byte order mark ignored, blank lines skipped. Each row keeps the line it starts on.
 * An unknown or missing column, a row with more fields than the header, an unclosed quote or an
 * empty file is refused with every problem as a {@link RowError}.
 */
public final class CsvTable {
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** One data row: its cells by column name. */
    public record Row(int line, Map<String, String> cells) {
        /** The cell stripped of surrounding blanks; null when the column is absent or the cell empty. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The cell exactly as written (null when the column is absent or the row shorter). */
        public String raw(String column) {
            return cells.get(column);
        }
    }

    /**
     * @param known    the columns a header may name (matched ignoring case)
     * @param required those it must name
     */
    public static CsvTable read(String text, List<String> known, List<String> required) {
        List<Record> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw ImportRejectedException.of(1, "header", "the file is empty");
        }
        Map<String, Integer> columns = header(records.getFirst(), known, required);
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().size() > columns.size()) {
                errors.add(new RowError(record.line(), null, "row", "has " + record.fields().size()
                        + " fields, the header names " + columns.size()));
            }
            Map<String, String> cells = new HashMap<>();
            columns.forEach((column, index) -> cells.put(column,
                    index < record.fields().size() ? record.fields().get(index) : null));
            rows.add(new Row(record.line(), cells));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return new CsvTable(columns, rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    private static Map<String, Integer> header(Record header, List<String> known, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String column = known.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                errors.add(new RowError(header.line(), null, "header", "unknown column '" + name + "'; expected " + known));
            } else {
                columns.put(column, i);
            }
        }
        required.stream().filter(c -> !columns.containsKey(c))
                .forEach(c -> errors.add(new RowError(header.line(), null, "header", "missing column " + c)));
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return columns;
    }

    /** Splits the text into records of fields, honouring quotes; skips blank lines. */
    static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        Tokenizer tokens = new Tokenizer(text);
        while (tokens.hasMore()) {
            Record record = tokens.next();
            if (!(record.fields().size() == 1 && record.fields().getFirst().isBlank())) {
                records.add(record);
            }
        }
        return records;
    }

    record Record(int line, List<String> fields) {
    }

    /** A cursor over the text that reads one record at a time. */
    private static final class Tokenizer {
        private final String text;
        private int at;
        private int line = 1;

        Tokenizer(String text) {
            this.text = text;
        }

        boolean hasMore() {
            return at < text.length();
        }

        Record next() {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"' && field.isEmpty()) {
                    quoted(field, start);
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                        at++;
                    }
                    line++;
                    break;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return new Record(start, fields);
        }

        private void quoted(StringBuilder field, int start) {
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    if (at < text.length() && text.charAt(at) == '"') {
                        field.append('"');
                        at++;
                    } else {
                        return;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            }
            throw ImportRejectedException.of(start, "row", "a quoted field opened on line " + start + " is never closed");
        }
    }
}
