package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numeric targets of one sentence of a CHỈ TIÊU section (design brief §6).
 *
 * <p>Each "hơn 90%" / "65% trở lên" opens a part: who is counted ("ĐVNLĐ", "công đoàn cấp trên cơ
 * sở"), where ("trong các doanh nghiệp"), then what they do. Parts that stop at "và" share the
 * predicate of the next, so "hơn 90% ĐVNLĐ trong các cơ quan ... và hơn 65% trở lên ĐVNLĐ trong các
 * doanh nghiệp được tham gia học tập ..." is two targets with one metric. "trở lên" wins over "hơn"
 * (at least); a bare share is at least. A sentence with no share may still set a count.
 */
final class TargetRecognizer {

    /** "hơn", "trên" (more than), "ít nhất", "tối thiểu", "từ", "đạt" (at least) before the number. */
    private static final String COMPARATOR_WORD = "(?:(?<word>hon|tren|it nhat|toi thieu|tu|dat) )?";
    /** A share: "hơn 90%", "65% trở lên", "85,5%". */
    private static final Pattern SHARE = Pattern.compile(
            COMPARATOR_WORD + "(?<value>\\d{1,3}(?:[.,]\\d+)?) ?%(?<orMore> tro len)?");
    /** A count: "ít nhất 1.500 đoàn viên"; not a date, a month or a year. */
    private static final Pattern COUNT = Pattern.compile(COMPARATOR_WORD
            + "(?<![\\d/.,])(?<value>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?<orMore> tro len)? "
            + "(?!nam|thang|ngay|quy)(?<what>[^,;.()]+)");
    /** Who a share of members counts. */
    private static final Pattern MEMBERS = Pattern.compile(" ?(?:dvnld"
            + "|doan vien va nguoi lao dong|doan vien, nguoi lao dong|doan vien cong doan|doan vien|nguoi lao dong"
            + "|cnvcld|cong nhan vien chuc lao dong|can bo cong doan|lao dong nu)");
    private static final Pattern UPPER_UNITS = Pattern.compile(" ?(?:cac )?(?:cong doan cap tren co so|cdcs cap tren)");
    private static final Pattern GRASSROOTS_UNITS = Pattern.compile(" ?(?:cac )?(?:cdcs|cong doan co so)");
    /** Where they are: "trong các cơ quan, đơn vị hành chính sự nghiệp", "ở doanh nghiệp". */
    private static final Pattern PLACE = Pattern.compile(" ?,? (?:trong|o|tai|thuoc) (?:cac )?(?:"
            + "(?<public>co quan, don vi hanh chinh su nghiep|co quan, don vi su nghiep|don vi hanh chinh su nghiep"
            + "|co quan hanh chinh su nghiep|khu vuc hanh chinh su nghiep|khu vuc nha nuoc|co quan nha nuoc)"
            + "|(?<enterprise>doanh nghiep(?: ngoai nha nuoc| nha nuoc)?))");
    private static final Pattern YEARLY = Pattern.compile("(?<![a-z])(?:hang|moi) nam(?![a-z])");
    /** "và", commas and spaces left between a part's place and the next share. */
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:[,;\\s]|(?:và|va)(?!\\p{L}))+");

    /** Who a part counts, where they are, and what the part says they do. */
    private record Part(MatchResult share, String subject, Measure measure, UnitLevel level, Sector sector,
                        String predicate) {}

    private TargetRecognizer() {}

    static List<DraftTarget> recognise(String sentence, int line) {
        String text = VietText.normalize(sentence);
        String folded = VietText.fold(text);
        TargetPeriod period = YEARLY.matcher(folded).find() ? TargetPeriod.YEARLY : TargetPeriod.PLAN;
        List<MatchResult> shares = SHARE.matcher(folded).results().toList();
        if (shares.isEmpty()) {
            return count(text, folded, period, line);
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            int end = i + 1 < shares.size() ? shares.get(i + 1).start() : text.length();
            parts.add(part(text, folded, shares.get(i), end));
        }
        return targets(parts, period, line);
    }

    private static Part part(String text, String folded, MatchResult share, int end) {
        int at = share.end();
        Matcher m;
        Measure measure = null;
        UnitLevel level = null;
        if ((m = MEMBERS.matcher(folded).region(at, end)).lookingAt()) {
            measure = Measure.PERCENT_OF_MEMBERS;
        } else if ((m = UPPER_UNITS.matcher(folded).region(at, end)).lookingAt()) {
            measure = Measure.PERCENT_OF_UNITS;
            level = UnitLevel.UPPER_GRASSROOTS;
        } else if ((m = GRASSROOTS_UNITS.matcher(folded).region(at, end)).lookingAt()) {
            measure = Measure.PERCENT_OF_UNITS;
            level = UnitLevel.GRASSROOTS;
        }
        String subject = measure == null ? "" : text.substring(at, m.end()).strip();
        int afterSubject = measure == null ? at : m.end();
        Matcher place = PLACE.matcher(folded).region(afterSubject, end);
        Sector sector = !place.lookingAt() ? null
                : place.group("public") != null ? Sector.PUBLIC_SECTOR : Sector.ENTERPRISE;
        String predicate = text.substring(sector == null ? afterSubject : place.end(), end);
        return new Part(share, subject, measure, level, sector, clean(predicate));
    }

    private static List<DraftTarget> targets(List<Part> parts, TargetPeriod period, int line) {
        List<DraftTarget> targets = new ArrayList<>();
        String shared = "";
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            shared = part.predicate().isEmpty() ? shared : part.predicate();
            String metric = (part.subject() + " " + shared).strip();
            targets.add(0, new DraftTarget(metric, comparator(part.share()), threshold(part.share().group("value")),
                    part.measure(), part.sector(), part.level(), period, line));
        }
        return targets;
    }

    private static List<DraftTarget> count(String text, String folded, TargetPeriod period, int line) {
        Matcher m = COUNT.matcher(folded);
        if (!m.find()) {
            return List.of();
        }
        String what = clean(text.substring(m.start("what"), m.end("what")));
        return List.of(new DraftTarget(what, comparator(m), threshold(m.group("value").replace(".", "")),
                Measure.COUNT, null, null, period, line));
    }

    /** "trở lên" (or more) wins; "hơn", "trên" are strictly more; a bare number is at least. */
    private static Comparator comparator(MatchResult m) {
        if (m.group("orMore") != null) {
            return Comparator.GTE;
        }
        String word = m.group("word");
        return "hon".equals(word) || "tren".equals(word) ? Comparator.GT : Comparator.GTE;
    }

    private static BigDecimal threshold(String value) {
        return new BigDecimal(value.replace(',', '.'));
    }

    private static String clean(String predicate) {
        return VietText.trimEnd(LEADING_JOINER.matcher(predicate.strip()).replaceFirst(""));
    }
}
