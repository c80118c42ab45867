package vn.congdoan.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the administrative header of a document: the issuing body (upper-case lines above the kind
 * heading), "Số: 45/KH-LĐLĐ", "Bình Định, ngày 10 tháng 8 năm 2021" and a letter's "V/v ..." subject.
 * Each header line is read cell by cell, because the header is a two-column table that text exports
 * flatten with tabs, or glue together ("...-TĐTNCỘNG HOÀ XÃ HỘI ..."): the national motto also
 * separates cells. The motto and separator rules are form, not content.
 *
 * <p>The issuer's name may run over several lines ("TỔNG LIÊN ĐOÀN LAO ĐỘNG" / "VIỆT NAM"): a line
 * that does not start with a body's word goes on the name above. A body named above another
 * ("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA" above "LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH") is its parent; an
 * organ under the last body ("BAN THƯỜNG VỤ") is kept with it as the issuer.
 */
final class HeaderRecognizer {

    /** "Số: 45/KH-LĐLĐ", "Số 45 / KH-LĐLĐ", "Số: 6a/NQ-TLĐ", possibly followed by the place and date. */
    private static final Pattern NUMBER = Pattern.compile(
            "^so ?:? ?(?<number>\\d+[a-z]?(?: ?[/.-] ?[a-z0-9]+)+|\\d+)(?:\\s+(?<rest>\\S.*))?$");
    /** "Số:    /KH-LĐLĐ", "Số: …/KH-LĐLĐ": the number was left blank for the clerk to fill in. */
    private static final Pattern BLANK_NUMBER = Pattern.compile(
            "^so ?:?[\\s.…_]*(?<code>[/-] ?[a-z]+(?:[/.-][a-z0-9]+)*)(?:\\s+(?<rest>\\S.*))?$");
    /** "Bình Định, ngày 10 tháng 8 năm 2021", with day or month possibly left blank ("ngày … tháng 8"). */
    private static final Pattern PLACE_DATE = Pattern.compile("^(?:(?<place>[^, ]+(?: [^, ]+){0,5}), ?)?ngay[\\s.…_]*"
            + "(?:thu )?(?<day>\\d{1,2})?[\\s.…_]*thang[\\s.…_]*(?<month>\\d{1,2})?[\\s.…_]*nam (?<year>\\d{4})\\.?$");
    private static final Pattern FORM = Pattern.compile(
            "^(?:cong hoa xa hoi chu nghia viet nam|doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc|[-_=*.~ ]+)$");
    /** The motto where a converter glued it to the cell beside it; its dashes may be en or em dashes. */
    private static final Pattern MOTTO = Pattern.compile("cong hoa xa hoi chu nghia viet nam|doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc");
    private static final Pattern BLANK_BEFORE = Pattern.compile("(?<![a-z])(?:ngay|thang|so ?:?)[\\s.…_]*$");
    /** A letter's subject line: "V/v triển khai ...". */
    private static final Pattern SUBJECT = Pattern.compile("^v/v\\.?\\s*:?\\s*");
    /** A letter's subject in brackets under its number, possibly over two lines: "(Về việc tổ chức …" / "… năm 2018)". */
    private static final Pattern BRACKETED_SUBJECT = Pattern.compile("^\\(\\s*(?:v/v|ve viec)\\.?\\s*:?\\s*");
    /** Words that start a body's or an organ's name, so a line starting otherwise continues the name above. */
    private static final Pattern BODY_START = Pattern.compile("^(?:tong lien doan|lien doan|ldld|cong doan|cd[a-z]*"
            + "|ban|bch|dang|uy ban|ubnd|so|truong|tinh doan|thanh doan|huyen doan|doan|hoi|chi bo|van phong|bo"
            + "|tinh uy|thanh uy|huyen uy|quan uy|thuong truc|cong ty|tap doan|tong cong ty|benh vien|vien|hoc vien"
            + "|phong|mat tran)(?![a-z])");
    /** An upper body that a grassroots union's cell may follow on the same line. */
    private static final Pattern UPPER_BODY = Pattern.compile(
            "^(?:tong lien doan|lien doan|ldld|cong doan (?:nganh|giao duc|vien chuc|cac khu))(?![a-z])");
    /** Where a grassroots union's name starts inside a line: "... TP HUẾ CĐCS MẦM NON II". */
    private static final Pattern GRASSROOTS = Pattern.compile(" (?:cdcs|cong doan co so|cd truong|cong doan truong)(?![a-z])");
    /** An organ of the body above it: its standing committee, executive committee, a department. */
    private static final Pattern ORGAN = Pattern.compile("^(?:ban|bch|thuong truc|doan chu tich|van phong)(?![a-z])");
    /**
     * A name made only of generic bodies, naming no unit ("CÔNG ĐOÀN", "CÔNG ĐOÀN – ĐOÀN THANH NIÊN"): the unit
     * they belong to follows on the next line ("CÔNG TY TNHH …") and is part of the same name.
     */
    private static final Pattern GENERIC_NAME = Pattern.compile("^(?:cong doan|doan thanh nien|lien doan lao dong|ban chap hanh)"
            + "(?: ?[-–—,] ?(?:cong doan|doan thanh nien|lien doan lao dong|ban chap hanh))*$");

    private final List<String> issuerLines = new ArrayList<>();
    private String number;
    private String numberCode;
    private String place;
    private LocalDate date;
    private boolean dateLeftBlank;
    private String subject;
    private boolean subjectOpen;

    /** The cells of a header line: table cells, with a glued-on national motto cut off as a cell of its own. */
    static List<String> cells(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : dateBlanksJoined(VietText.cells(raw))) {
            String text = VietText.normalize(cell);
            Matcher motto = MOTTO.matcher(VietText.fold(text));
            int from = 0;
            while (motto.find()) {
                cells.add(text.substring(from, motto.start()).strip());
                cells.add(text.substring(motto.start(), motto.end()));
                from = motto.end();
            }
            cells.add(text.substring(from).strip());
        }
        cells.removeIf(String::isEmpty);
        return cells;
    }

    /** A number, day or month left blank with spaces looks like a cell gap: "ngày", "tháng 8 năm 2021" go back together. */
    private static List<String> dateBlanksJoined(String[] cells) {
        List<String> joined = new ArrayList<>();
        for (String cell : cells) {
            int last = joined.size() - 1;
            if (last >= 0 && BLANK_BEFORE.matcher(VietText.fold(joined.get(last))).find()) {
                joined.set(last, joined.get(last) + " " + cell);
            } else {
                joined.add(cell);
            }
        }
        return joined;
    }

    /** Reads a cell of the header region; upper-case text there names the issuer. */
    boolean acceptHeaderCell(String cell) {
        if (acceptField(cell)) {
            return true;
        }
        Matcher m = SUBJECT.matcher(VietText.fold(cell));
        if (m.lookingAt()) {
            subject = subject == null ? cell.substring(m.end()) : subject + " " + cell.substring(m.end());
            return true;
        }
        boolean opensSubject = BRACKETED_SUBJECT.matcher(VietText.fold(cell)).lookingAt();
        if (opensSubject || subjectOpen) {
            subjectOpen = opensSubject && !cell.contains(")");
            String words = withoutSubjectBrackets(cell);
            subject = subject == null ? words : subject + " " + words;
            return true;
        }
        if (VietText.isUpperCase(cell)) {
            issuerLines.addAll(bodies(cell));
            return true;
        }
        return false;
    }

    /** A title written as a letter's subject ("V/v tổ chức ...") without its "V/v". */
    static String withoutSubjectMark(String text) {
        Matcher m = SUBJECT.matcher(VietText.fold(text));
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** A bracketed subject's words: "(Về việc tổ chức …" → "tổ chức …", "… năm 2018)" → "… năm 2018". */
    static String withoutSubjectBrackets(String cell) {
        Matcher m = BRACKETED_SUBJECT.matcher(VietText.fold(cell));
        String words = m.lookingAt() ? cell.substring(m.end()) : cell;
        return words.replaceFirst("\\)\\s*\\.?$", "").strip();
    }

    /**
     * A header cell as the bodies it names: a page that flattens the header table may put the upper body
     * and the grassroots union under it on one line ("LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II").
     */
    private static List<String> bodies(String cell) {
        String folded = VietText.fold(cell);
        Matcher grassroots = GRASSROOTS.matcher(folded);
        if (UPPER_BODY.matcher(folded).lookingAt() && grassroots.find()) {
            return List.of(cell.substring(0, grassroots.start()).strip(), cell.substring(grassroots.start()).strip());
        }
        return List.of(cell);
    }

    /** True for a line that is a header field wherever it stands, so it never joins a sentence. */
    static boolean isField(String text) {
        String folded = VietText.fold(text);
        return NUMBER.matcher(folded).matches() || PLACE_DATE.matcher(folded).matches()
                || BLANK_NUMBER.matcher(folded).matches();
    }

    /** Reads a number, a place and date, or form text wherever it stands; false for anything else. */
    boolean acceptField(String text) {
        String folded = VietText.fold(text);
        Matcher m;
        if ((m = NUMBER.matcher(folded)).matches() && restIsField(text, m)) {
            number = text.substring(m.start("number"), m.end("number")).replace(" ", "");
            numberCode = number;
            return true;
        }
        if ((m = BLANK_NUMBER.matcher(folded)).matches() && restIsField(text, m)) {
            numberCode = text.substring(m.start("code"), m.end("code")).replace(" ", "");
            return true;
        }
        if ((m = PLACE_DATE.matcher(folded)).matches() && setDate(m)) {
            place = m.group("place") == null ? null : text.substring(m.start("place"), m.end("place")).strip();
            return true;
        }
        return FORM.matcher(folded).matches();
    }

    /** A number may share its line with the place and date; anything else after it is not a number line. */
    private boolean restIsField(String text, Matcher m) {
        return m.group("rest") == null || acceptField(text.substring(m.start("rest")));
    }

    private boolean setDate(Matcher m) {
        if (m.group("day") == null || m.group("month") == null) {
            dateLeftBlank = true;
            return true;
        }
        try {
            date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day")));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Takes a number, date and issuer read elsewhere (a one-line title "Hướng dẫn số ... của ..."). */
    void fromTitleLine(String number, LocalDate date, String issuer) {
        this.number = this.number == null ? number : this.number;
        this.numberCode = this.numberCode == null ? number : this.numberCode;
        this.date = this.date == null ? date : this.date;
        if (issuerLines.isEmpty() && issuer != null) {
            issuerLines.add(issuer);
        }
    }

    /** The kind the number's code names ("KH"), or null. */
    String kindOfNumber() {
        return numberCode == null ? null : DocumentKinds.ofNumber(numberCode).orElse(null);
    }

    /** A letter's "V/v" subject, or null. */
    String subject() {
        return subject;
    }

    String number() {
        return number;
    }

    /** Hands the fields to the draft and reports the ones the document does not give. */
    void complete(DraftBuilder draft, Findings findings) {
        List<String> names = names();
        String issuer = names.isEmpty() ? null : names.get(names.size() - 1);
        String parent = names.size() < 2 ? null : String.join(" - ", names.subList(0, names.size() - 1));
        draft.header(issuer, parent, number, place, date);
        if (issuer == null) {
            findings.warn(0, FindingCodes.MISSING_ISSUER, "No issuing body above the document's heading", null);
        }
        if (number == null) {
            findings.warn(0, FindingCodes.MISSING_NUMBER, numberCode == null ? "No document number ('Số: .../KH-...')"
                    : "The number was left blank ('Số: " + numberCode + "')", null);
        }
        if (date == null) {
            findings.warn(0, FindingCodes.MISSING_DATE, dateLeftBlank ? "The day or month of issue was left blank"
                    : "No date of issue ('..., ngày ... tháng ... năm ...')", null);
        }
        if ((date != null || dateLeftBlank) && place == null) {
            findings.info(0, FindingCodes.MISSING_PLACE, "The date of issue names no place", null);
        }
    }

    /**
     * The bodies the header names, top to bottom: continuation lines joined on, and an organ ("BAN
     * THƯỜNG VỤ") kept with the body above it, so the last one is the issuer.
     */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        boolean lastIsOrgan = false;
        for (String line : issuerLines) {
            String folded = VietText.fold(line);
            int last = names.size() - 1;
            if (last >= 0 && (!BODY_START.matcher(folded).lookingAt()
                    || GENERIC_NAME.matcher(VietText.fold(names.get(last))).matches())) {
                names.set(last, names.get(last) + " " + line);
            } else if (last >= 0 && ORGAN.matcher(folded).lookingAt() && !lastIsOrgan) {
                names.set(last, names.get(last) + " - " + line);
                lastIsOrgan = true;
            } else {
                names.add(line);
                lastIsOrgan = false;
            }
        }
        return names;
    }
}
