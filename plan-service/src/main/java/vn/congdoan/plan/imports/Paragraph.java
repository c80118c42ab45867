package vn.congdoan.plan.imports;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logical line of the body: a heading, a bullet or a paragraph, with the hard line breaks inside
 * its sentence already joined.
 *
 * @param line    the 1-based input line it starts on
 * @param marker  how the line is numbered or bulleted
 * @param label   the numbering without its dot ("III", "1.1", "a"), "-" or "+" for bullets, "" for text
 * @param text    the whole text as written (numbering or bullet included)
 * @param content the text after the numbering or bullet
 */
record Paragraph(int line, Marker marker, String label, String text, String content) {

    enum Marker { PART, ROMAN, NUMBERED, LETTERED, DASH, PLUS, TEXT }

    private static final Set<String> ROMANS = Set.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    /**
     * "I. MỤC ĐÍCH", "IV- TỔ CHỨC THỰC HIỆN", "II: NỘI DUNG", "I/ THỜI GIAN", "II MỤC TIÊU" (no dot, upper case),
     * "II những thành tích" (no dot, lower case, from an old-font file; not for "V" and "X", which may be words).
     */
    private static final Pattern ROMAN = Pattern.compile("^(?<label>[IVX]{1,4})(?:[.:)/]\\s*|\\s?[-–]\\s*"
            + "|\\s+(?=\\p{Lu}{2})|(?<!^[VX])\\s+(?=\\p{L}))(?<content>\\S.*)$");
    /** "A.I." "A.I.1." "I.1." "I.2.3": a section or item numbered through its part and Roman section. */
    private static final Pattern COMPOUND = Pattern.compile("^(?:(?<part>[A-H])\\.)?(?<roman>[IVX]{1,4})"
            + "(?:\\.(?<sub>\\d{1,2}(?:\\.\\d{1,2})*))?\\.?\\s+(?<content>\\S.*)$");
    /** "PHẦN I", "Phần 1:", "PHẦN THỨ HAI", and "A." "B/" "C-" above the Roman sections. */
    private static final Pattern PART = Pattern.compile(
            "^(?:(?<part>(?:PHẦN|Phần|phần)\\s+(?<word>[IVX]{1,4}|\\d{1,2}|(?:THỨ|thứ)\\s+\\p{L}+))[.:/-]?(?:\\s+(?<rest>\\S.*))?"
                    + "|(?<letter>[A-HK-UYĐ])\\s?[./-]\\s+(?<content>\\p{Lu}.*))$");
    /** "1." "1.1." "1.1" "2)"; a lone number needs its dot, so "07 Chương trình" is text. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?<label>\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(?<content>\\S.*)$"
                    + "|^(?<single>\\d{1,2})[.)]\\s+(?<rest>\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^(?<label>[a-zđ])[.)]\\s+(?<content>\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•·*]\\s*(?<content>\\S.*)$");
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?<content>\\S.*)$");
    /** A letter's subject "V/v ..." is not section V. */
    private static final Pattern SUBJECT = Pattern.compile("^[Vv]/v\\b");

    static Paragraph of(SourceLine line) {
        String text = line.text();
        Matcher m = COMPOUND.matcher(text);
        if (m.matches() && ROMANS.contains(m.group("roman")) && (m.group("part") != null || m.group("sub") != null)) {
            return m.group("sub") != null
                    ? new Paragraph(line.number(), Marker.NUMBERED, m.group("sub"), text, m.group("content"))
                    : new Paragraph(line.number(), Marker.ROMAN, m.group("roman"), text, m.group("content"));
        }
        m = PART.matcher(text);
        if (m.matches()) {
            boolean part = m.group("part") != null;
            String content = part ? m.group("rest") == null ? m.group("part") : m.group("rest") : m.group("content");
            return new Paragraph(line.number(), Marker.PART, part ? m.group("word") : m.group("letter"), text, content);
        }
        m = ROMAN.matcher(text);
        if (m.matches() && ROMANS.contains(m.group("label")) && !SUBJECT.matcher(text).lookingAt()) {
            return new Paragraph(line.number(), Marker.ROMAN, m.group("label"), text, m.group("content"));
        }
        if ((m = NUMBERED.matcher(text)).matches()) {
            boolean single = m.group("single") != null;
            return new Paragraph(line.number(), Marker.NUMBERED, single ? m.group("single") : m.group("label"),
                    text, single ? m.group("rest") : m.group("content"));
        }
        if ((m = LETTERED.matcher(text)).matches()) {
            return new Paragraph(line.number(), Marker.LETTERED, m.group("label"), text, m.group("content"));
        }
        if ((m = DASH.matcher(text)).matches()) {
            return new Paragraph(line.number(), Marker.DASH, "-", text, m.group("content"));
        }
        if ((m = PLUS.matcher(text)).matches()) {
            return new Paragraph(line.number(), Marker.PLUS, "+", text, m.group("content"));
        }
        return new Paragraph(line.number(), Marker.TEXT, "", text, text);
    }

    /** This paragraph with a hard-broken continuation line joined on. */
    Paragraph join(String more) {
        return new Paragraph(line, marker, label, text + " " + more, content + " " + more);
    }

    String folded() {
        return VietText.fold(content);
    }
}
