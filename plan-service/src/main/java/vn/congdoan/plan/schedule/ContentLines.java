package vn.congdoan.plan.schedule;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 §3.1).
 *
 * <p>ical4j's own {@code FoldingWriter} counts UTF-16 chars (folding at 73 of them), which is right
 * for ASCII but lets a Vietnamese line such as "Tổ chức hội nghị nghiên cứu, học tập Nghị quyết"
 * run to well over 100 octets, since most accented letters take 2 or 3 octets. So the feed takes
 * ical4j's unfolded text (its escaping of {@code , ; \} and newlines included) and folds it here,
 * between code points, never inside a multi-octet character.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** {@code unfolded}: content lines separated by CRLF, none folded yet. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split(CRLF)) {
            foldLine(line, folded);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
