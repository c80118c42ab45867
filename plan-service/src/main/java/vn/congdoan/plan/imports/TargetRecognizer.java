package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /**
     * A count: "ít nhất 1.500 đoàn viên", "12 triệu đoàn viên", "1,5 triệu", "500 nghìn"; not a date, a year,
     * a time ("8h30"), an age ("5 tuổi"), a document's number ("số 02-NQ/TW") or a term ("khóa XII").
     */
    private static final Pattern COUNT = Pattern.compile(COMPARATOR_WORD
            + "(?<![\\d/.,a-z])(?<!(?:nam|ngay|thang|quy|so|khoa|thu|ky|doan|lan) )"
            + "(?<value>\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)(?![\\d/.,-]\\d|[-/]?[a-z]|h\\d| ?%)"
            + "(?: (?<scale>trieu|nghin|ngan))?(?<orMore> tro len)? (?!nam|thang|ngay|quy|gio|phut|tuoi)(?<what>[^,;.()]+)");
    /** Where a count's noun phrase stops: the next clause or the next figure. */
    private static final Pattern WHAT_END = Pattern.compile(" (?:va|hoac|dong thoi|trong do|de|nham) |\\d");
    /** By when: "đến hết năm 2023", "đến năm 2025", "giai đoạn 2021 - 2025", "trong nhiệm kỳ", "trong năm 2026". */
    private static final Pattern HORIZON = Pattern.compile("(?<![a-z])(?:tu nay )?(?:den het nam \\d{4}|den (?:cuoi )?nam \\d{4}"
            + "|giai doan \\d{4} ?[-–] ?\\d{4}|nhiem ky \\d{4} ?[-–] ?\\d{4}|(?:trong|ca) nhiem ky|(?:trong|cuoi) nam \\d{4})");
    /**
     * Words that make a sentence outside CHỈ TIÊU set a goal rather than state a fact; "đạt chỉ tiêu đề ra"
     * (meet the targets set elsewhere) sets none.
     */
    private static final Pattern GOAL = Pattern.compile("(?<![a-z])(?:phan dau|chi tieu(?! (?:de ra|duoc giao|giao))"
            + "|dat (?:tu |tren |hon |it nhat )?\\d|it nhat|toi thieu|tro len)(?![a-z])");
    /** A paragraph that names the plan's grounds ("Căn cứ ... Các nhóm chỉ tiêu, 4 chương trình ...") sets no goal. */
    private static final Pattern GROUNDS = Pattern.compile("^(?:can cu|theo)(?![a-z])");
    /** Units of any kind a share may count: "100% số doanh nghiệp", "các cơ quan, đơn vị". */
    private static final Pattern OTHER_UNITS = Pattern.compile(" ?(?:so |cac )?(?:(?<enterprise>doanh nghiep|cong ty)"
            + "|co quan|don vi|truong hoc|co so)");
    /** What narrows the units counted: "có từ 25 lao động trở lên". */
    private static final Pattern QUALIFIER = Pattern.compile(
            " (?:co|su dung) (?:tu |tren |duoi |it nhat )?\\d[\\d.,]*(?: [^\\s,;.]+){1,3}? (?:tro len|tro xuong)");
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
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern YEARLY = Pattern.compile("(?<![a-z])(?:hang|moi) nam(?![a-z])");
    /** "và", commas and spaces left between a part's place and the next share. */
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:[,;\\s]|(?:và|va)(?!\\p{L}))+");

    /** Who a part counts, what narrows them, where they are, and what the part says they do. */
    private record Part(MatchResult share, String subject, Measure measure, UnitLevel level, Sector sector,
                        String qualifier, int qualifierEnd, String predicate) {}

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    private TargetRecognizer() {}

    /** True when a sentence outside a CHỈ TIÊU section sets a goal ("phấn đấu", "đạt 90%", "trở lên"). */
    static boolean setsGoal(String sentence) {
        String folded = VietText.fold(VietText.normalize(sentence));
        return !GROUNDS.matcher(folded).lookingAt() && GOAL.matcher(folded).find();
    }

    /**
     * Where the goal of a sentence outside CHỈ TIÊU starts: at "phấn đấu", "chỉ tiêu", "đạt", "ít nhất",
     * "tối thiểu" (figures before them are facts, "07 chương trình ... phấn đấu xây dựng"); the whole
     * sentence when only a trailing "trở lên" marks it.
     */
    static String goalPart(String sentence) {
        String text = VietText.normalize(sentence);
        Matcher m = GOAL.matcher(VietText.fold(text));
        while (m.find()) {
            if (!m.group().equals("tro len")) {
                return text.substring(m.start());
            }
        }
        return text;
    }

    /**
     * The last day of a horizon that names a year: "đến hết năm 2023", "đến năm 2025", "trong năm 2026" end
     * on 31 December of that year; "giai đoạn 2021 - 2025", "nhiệm kỳ 2023 - 2028" on 31 December of their
     * last year. "trong nhiệm kỳ" names none: the plan's term decides.
     */
    static Optional<LocalDate> dueBy(String horizon) {
        if (horizon == null) {
            return Optional.empty();
        }
        Matcher year = YEAR.matcher(horizon);
        Integer last = null;
        while (year.find()) {
            last = Integer.parseInt(year.group());
        }
        return Optional.ofNullable(last).map(y -> LocalDate.of(y, 12, 31));
    }

    /** The shares and counts of one sentence, in the order written. */
    static List<DraftTarget> recognise(String sentence, int line) {
        String text = VietText.normalize(sentence);
        String folded = VietText.fold(text);
        TargetPeriod period = YEARLY.matcher(folded).find() ? TargetPeriod.YEARLY : TargetPeriod.PLAN;
        Matcher horizonMatch = HORIZON.matcher(folded);
        boolean hasHorizon = horizonMatch.find();
        String horizon = hasHorizon ? text.substring(horizonMatch.start(), horizonMatch.end()) : null;
        List<MatchResult> shares = SHARE.matcher(folded).results().toList();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            int end = i + 1 < shares.size() ? shares.get(i + 1).start() : text.length();
            parts.add(part(text, folded, shares.get(i), end));
        }
        List<int[]> taken = new ArrayList<>();
        parts.forEach(part -> taken.add(new int[] {part.share().start(), part.qualifierEnd()}));
        if (hasHorizon) {
            taken.add(new int[] {horizonMatch.start(), horizonMatch.end()});
        }
        List<DraftTarget> targets = new ArrayList<>(targets(parts, period, horizon, line));
        List<Integer> positions = new ArrayList<>(parts.stream().map(part -> part.share().start()).toList());
        Matcher count = COUNT.matcher(folded);
        for (int from = 0; from < folded.length() && count.find(from); from = count.end("value")) {
            if (taken.stream().noneMatch(span -> count.start("value") >= span[0] && count.start("value") < span[1])) {
                int at = insertionPoint(positions, count.start());
                positions.add(at, count.start());
                int nounEnd = hasHorizon && horizonMatch.start() > count.start("what") ? horizonMatch.start() : folded.length();
                targets.add(at, count(text, count, nounEnd, period, horizon, line));
            }
        }
        return targets;
    }

    private static int insertionPoint(List<Integer> positions, int position) {
        int at = 0;
        while (at < positions.size() && positions.get(at) < position) {
            at++;
        }
        return at;
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
        } else if ((m = OTHER_UNITS.matcher(folded).region(at, end)).lookingAt()) {
            measure = Measure.PERCENT_OF_UNITS;
        }
        boolean enterprises = measure == Measure.PERCENT_OF_UNITS && level == null && m.group("enterprise") != null;
        String subject = measure == null ? "" : text.substring(at, m.end()).strip();
        int afterSubject = measure == null ? at : m.end();
        Matcher qualifier = QUALIFIER.matcher(folded).region(afterSubject, end);
        String qualifies = qualifier.lookingAt() ? text.substring(qualifier.start(), qualifier.end()).strip() : null;
        int afterQualifier = qualifies == null ? afterSubject : qualifier.end();
        Matcher place = PLACE.matcher(folded).region(afterQualifier, end);
        Sector sector = !place.lookingAt() ? enterprises ? Sector.ENTERPRISE : null
                : place.group("public") != null ? Sector.PUBLIC_SECTOR : Sector.ENTERPRISE;
        String predicate = text.substring(place.lookingAt() ? place.end() : afterQualifier, end);
        return new Part(share, subject, measure, level, sector, qualifies, afterQualifier, clean(predicate));
    }

    private static List<DraftTarget> targets(List<Part> parts, TargetPeriod period, String horizon, int line) {
        List<DraftTarget> targets = new ArrayList<>();
        String shared = "";
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            shared = part.predicate().isEmpty() ? shared : part.predicate();
            String subject = part.qualifier() == null ? part.subject() : part.subject() + " " + part.qualifier();
            String metric = (subject + " " + shared).strip();
            targets.add(0, new DraftTarget(metric, comparator(part.share()), threshold(part.share().group("value")),
                    part.measure(), part.sector(), part.level(), period, horizon, part.qualifier(), line));
        }
        return targets;
    }

    private static DraftTarget count(String text, Matcher m, int nounEnd, TargetPeriod period, String horizon, int line) {
        String what = text.substring(m.start("what"), Math.min(m.end("what"), nounEnd));
        Matcher end = WHAT_END.matcher(VietText.fold(what));
        String noun = clean(end.find() ? what.substring(0, end.start()) : what);
        BigDecimal value = threshold(m.group("value").replace(".", ""));
        if (m.group("scale") != null) {
            value = value.multiply(m.group("scale").equals("trieu") ? MILLION : THOUSAND).stripTrailingZeros();
        }
        String scaled = m.group("scale") == null ? noun : text.substring(m.start("value"), m.start("what")).strip() + " " + noun;
        return new DraftTarget(m.group("scale") == null ? noun : scaled, comparator(m), value.setScale(Math.max(0,
                value.scale())), Measure.COUNT, null, null, period, horizon, null, line);
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
