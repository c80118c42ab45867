package vn.congdoan.outreach.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: commas, double quotes around fields holding commas, quotes or line breaks,
 * LF or CRLF line ends, a byte order mark ignored; blank lines skipped. Each record carries the
 * line it starts on.
 */
final class Csv {
    private Csv() {
    }

    record Record(int line, List<String> fields) {
    }

    /** Thrown for a quoted field that never closes. */
    static final class Malformed extends RuntimeException {
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static List<Record> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        int at = 0;
        int line = 1;
        while (at < body.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean ended = false;
            while (at < body.length() && !ended) {
                char c = body.charAt(at++);
                if (quoted) {
                    if (c == '"' && at < body.length() && body.charAt(at) == '"') {
                        field.append('"');
                        at++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && at < body.length() && body.charAt(at) == '\n') {
                        at++;
                    }
                    line++;
                    ended = true;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new Malformed(start, "a quoted field opened on line " + start + " is never closed");
            }
            fields.add(field.toString());
            if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                records.add(new Record(start, fields));
            }
        }
        return records;
    }
}
