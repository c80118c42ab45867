package vn.congdoan.plan.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.web.RowError;
import vn.congdoan.web.ImportRejectedException;

/**
 * Reads the CSV of a bulk import (RFC 4180): a header row naming the columns
 * {@code code,name,level,sector,parentCode,openedOn,closedOn} in any order (sector and closedOn
 * may be left out), commas, double quotes around fields that hold commas, quotes or line breaks,
 * LF or CRLF line ends, UTF-8 with or without a byte order mark. Blank lines are skipped.
 */
final class UnitCsv {
    static final List<String> COLUMNS = List.of("code", "name", "level", "sector", "parentCode", "openedOn", "closedOn");
    private static final List<String> REQUIRED = List.of("code", "name", "level", "parentCode", "openedOn");

    private UnitCsv() {
    }

    /** The rows, numbered by the line they start on; a malformed header or quote is rejected. */
    static List<UnitRow> parse(String text) {
        List<Record> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowError(1, null, "header", "the file is empty")));
        }
        Map<String, Integer> columns = header(records.get(0));
        List<UnitRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().size() > columns.size()) {
                errors.add(new RowError(record.line(), null, "row", "has " + record.fields().size()
                        + " fields, the header names " + columns.size()));
            }
            rows.add(row(record, columns));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return rows;
    }

    private static Map<String, Integer> header(Record header) {
        Map<String, Integer> columns = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                errors.add(new RowError(header.line(), null, "header", "unknown column '" + name + "'; expected " + COLUMNS));
            } else {
                columns.put(column, i);
            }
        }
        REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .forEach(c -> errors.add(new RowError(header.line(), null, "header", "missing column " + c)));
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return columns;
    }

    private static UnitRow row(Record record, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((column, index) -> values.put(column,
                index < record.fields().size() ? record.fields().get(index) : null));
        return new UnitRow(record.line(), values.get("code"), values.get("name"), values.get("level"),
                values.get("sector"), values.get("parentCode"), values.get("openedOn"), values.get("closedOn"));
    }

    /** Splits the text into records of fields, honouring quotes; skips blank lines. */
    static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        Tokenizer tokens = new Tokenizer(text);
        while (tokens.hasMore()) {
            Record record = tokens.next();
            if (!(record.fields().size() == 1 && record.fields().get(0).isBlank())) {
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
            throw new ImportRejectedException(List.of(new RowError(start, null, "row",
                    "a quoted field opened on line " + start + " is never closed")));
        }
    }
}
