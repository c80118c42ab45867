package vn.congdoan.plan.imports;

import vn.congdoan.contracts.unit.UnitLevel;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit named by a heading of TỔ CHỨC THỰC HIỆN ("Giao Ban Tuyên giáo - Nữ công",
 * "Công đoàn cấp trên cơ sở và CĐCS trực thuộc") and guesses its levels from the glossary, so the
 * plan service can propose whom to assign. "Giao" (assign to) is dropped; "trực thuộc ..." (which
 * says whose units they are) is not read for levels.
 */
final class ResponsibleUnits {

    record ResponsibleUnit(String name, ResponsibleScope scope) {}

    /** "Ban Tổ chức - Kiểm tra: tham mưu ..." is a unit and its task on one line. */
    record InlineTask(ResponsibleUnit unit, String task) {}

    private static final Pattern ASSIGN = Pattern.compile("^(?:giao cho|giao)\\s+");
    private static final Pattern SUBORDINATION = Pattern.compile("\\s(?:truc thuoc|thuoc)(?:\\s.*)?$");
    private static final Pattern LEADERSHIP = Pattern.compile("^(?:ban thuong vu|thuong truc|ban chap hanh)");
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:cac )?(?:ban|van phong)(?![a-z])");
    private static final Pattern NATIONAL = Pattern.compile("tong (?:lien doan|ldld)");
    private static final Pattern PROVINCIAL = Pattern.compile("(?<!tong )(?:lien doan lao dong|ldld) tinh");
    private static final Pattern UPPER = Pattern.compile("cong doan cap tren co so"
            + "|(?:lien doan lao dong|ldld) (?:cac )?(?:huyen|thi xa|thanh pho)"
            + "|cong doan nganh|(?<![a-z])cdn(?![a-z])|cong doan (?:cac )?khu");
    private static final Pattern GRASSROOTS = Pattern.compile("(?<![a-z])cdcs(?![a-z])|cong doan co so");
    private static final Pattern ALL_LEVELS = Pattern.compile("cac cap cong doan|cong doan cac cap");
    private static final int MAX_UNIT_WORDS = 10;
    /** A unit named as the subject of a task's own sentence, after an optional "Hằng năm," or "Định kỳ,". */
    private static final String UNIT_PHRASE = "(?:cac cap cong doan|cong doan cac cap|(?:cac )?(?:cong doan cap tren co so"
            + "|cdcs|cong doan co so|(?:ldld|lien doan lao dong) (?:cac )?(?:tinh|huyen|thi xa|thanh pho|quan)"
            + "|cong doan nganh))(?: trong tinh| truc thuoc| cac cap)?";
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:hang|moi|dinh ky) (?:nam|quy|thang)?,? ?)?"
            + "(?<unit>" + UNIT_PHRASE + "(?:(?:, | va )" + UNIT_PHRASE + ")*) (?=[a-z])");

    private ResponsibleUnits() {}

    static ResponsibleUnit of(String heading) {
        String name = VietText.trimEnd(strip(VietText.normalize(heading)));
        return new ResponsibleUnit(name, new ResponsibleScope(levels(VietText.fold(name))));
    }

    /**
     * Splits "Unit: task". With {@code lenient} (a numbered item of the implementation section) any
     * short head is a unit; otherwise (a bullet) only a head naming a known level, since bullets
     * often read "Nội dung: ...".
     */
    static Optional<InlineTask> inline(String text, boolean lenient) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        ResponsibleUnit unit = of(text.substring(0, colon));
        boolean plausible = unit.name().split(" ").length <= MAX_UNIT_WORDS && (lenient || !unit.scope().isUnknown());
        return plausible ? Optional.of(new InlineTask(unit, text.substring(colon + 1).strip())) : Optional.empty();
    }

    /**
     * The unit a task's sentence names as its subject: "Hàng năm, các cấp công đoàn chủ động xây dựng ...",
     * "LĐLĐ tỉnh và công đoàn cấp trên cơ sở rà soát ...". Only level words the glossary knows count, so
     * "Các đồng chí Ủy viên ..." is not read as a unit.
     */
    static Optional<ResponsibleUnit> subject(String task) {
        String text = VietText.normalize(task);
        Matcher m = SUBJECT.matcher(VietText.fold(text));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = text.substring(m.start("unit"), m.end("unit"));
        return Optional.of(new ResponsibleUnit(name, new ResponsibleScope(levels(VietText.fold(name)))));
    }

    private static String strip(String heading) {
        Matcher assign = ASSIGN.matcher(VietText.fold(heading));
        return assign.lookingAt() ? heading.substring(assign.end()) : heading;
    }

    private static Set<UnitLevel> levels(String folded) {
        String named = SUBORDINATION.matcher(folded).replaceFirst("");
        if (LEADERSHIP.matcher(named).lookingAt()) {
            return EnumSet.of(UnitLevel.PROVINCIAL);
        }
        if (DEPARTMENT.matcher(named).lookingAt()) {
            return EnumSet.of(UnitLevel.DEPARTMENT);
        }
        if (ALL_LEVELS.matcher(named).find()) {
            return EnumSet.of(UnitLevel.PROVINCIAL, UnitLevel.UPPER_GRASSROOTS, UnitLevel.GRASSROOTS);
        }
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        addIf(levels, NATIONAL, named, UnitLevel.NATIONAL);
        addIf(levels, PROVINCIAL, named, UnitLevel.PROVINCIAL);
        addIf(levels, UPPER, named, UnitLevel.UPPER_GRASSROOTS);
        addIf(levels, GRASSROOTS, named, UnitLevel.GRASSROOTS);
        return levels;
    }

    private static void addIf(Set<UnitLevel> levels, Pattern pattern, String folded, UnitLevel level) {
        if (pattern.matcher(folded).find()) {
            levels.add(level);
        }
    }
}
