package vn.congdoan.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the administrative header of a plan: the issuing body (upper-case lines above "KẾ HOẠCH"),
 * "Số: 45/KH-LĐLĐ" and "Bình Định, ngày 10 tháng 8 năm 2021". Each header line is read cell by cell,
 * because the header is a two-column table that text exports flatten with tabs. The national motto
 * and separator rules are form, not content.
 */
final class HeaderRecognizer {

    /** "Số: 45/KH-LĐLĐ", "Số 45 / KH-LĐLĐ". */
    private static final Pattern NUMBER = Pattern.compile("^so ?:? ?(?<number>\\d+(?: ?[/.-] ?[a-z0-9]+)+|\\d+)\\s*$");
    /** "Bình Định, ngày 10 tháng 8 năm 2021": a place of at most six words, then the date. */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?:(?<place>[^, ]+(?: [^, ]+){0,5}), ?)?ngay (?<day>\\d{1,2}) thang (?<month>\\d{1,2}) nam (?<year>\\d{4})\\.?$");
    private static final Pattern FORM = Pattern.compile(
            "^(?:cong hoa xa hoi chu nghia viet nam|doc lap ?- ?tu do ?- ?hanh phuc|[-_=*.~ ]+)$");

    private final List<String> issuerLines = new ArrayList<>();
    private String number;
    private String place;
    private LocalDate date;

    /** Reads a cell of the header region; upper-case text there names the issuer. */
    boolean acceptHeaderCell(String cell) {
        if (acceptField(cell)) {
            return true;
        }
        if (VietText.isUpperCase(cell)) {
            issuerLines.add(cell);
            return true;
        }
        return false;
    }

    /** True for a line that is a header field wherever it stands, so it never joins a sentence. */
    static boolean isField(String text) {
        String folded = VietText.fold(text);
        return NUMBER.matcher(folded).matches() || PLACE_DATE.matcher(folded).matches();
    }

    /** Reads a number, a place and date, or form text wherever it stands; false for anything else. */
    boolean acceptField(String text) {
        String folded = VietText.fold(text);
        Matcher m;
        if ((m = NUMBER.matcher(folded)).matches()) {
            number = text.substring(m.start("number"), m.end("number")).replace(" ", "");
            return true;
        }
        if ((m = PLACE_DATE.matcher(folded)).matches() && setDate(m)) {
            place = m.group("place") == null ? null : text.substring(m.start("place"), m.end("place")).strip();
            return true;
        }
        return FORM.matcher(folded).matches();
    }

    private boolean setDate(Matcher m) {
        try {
            date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                    Integer.parseInt(m.group("day")));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Hands the fields to the draft and reports the ones the document does not give. */
    void complete(DraftBuilder draft, Findings findings) {
        draft.header(issuerLines.isEmpty() ? null : String.join(" - ", issuerLines), null, number, place, date);
        if (issuerLines.isEmpty()) {
            findings.warn(0, FindingCodes.MISSING_ISSUER, "No issuing body above 'KẾ HOẠCH'", null);
        }
        if (number == null) {
            findings.warn(0, FindingCodes.MISSING_NUMBER, "No document number ('Số: .../KH-...')", null);
        }
        if (date == null) {
            findings.warn(0, FindingCodes.MISSING_DATE, "No date of issue ('..., ngày ... tháng ... năm ...')", null);
        } else if (place == null) {
            findings.info(0, FindingCodes.MISSING_PLACE, "The date of issue names no place", null);
        }
    }
}
