package vn.congdoan.plan.imports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * The deadline phrases plans use, as patterns over folded text (no diacritics, lower case), each with
 * the rule it means. Tried in order; the first whole match wins. See {@link DeadlinePhrases}.
 */
final class DeadlineForms {

    /** A rule read from a phrase; {@code note} says what was assumed or why it is ambiguous. */
    record Reading(DeadlineRule rule, boolean ambiguous, String note) {
        static Reading of(DeadlineRule rule) {
            return new Reading(rule, false, null);
        }
    }

    record Form(Pattern pattern, Function<Matcher, Reading> reading) {}

    static final MonthDay END_OF_YEAR = MonthDay.of(12, 31);

    private static final String IN = "(?:(?:trong|vao|cuoi|den) )?";
    private static final String BEFORE = "(?:(?:truoc|trong|vao|den) )?";
    private static final String EVERY_YEAR = " (?:hang|moi) nam";

    /** "trong tháng 8/2021", "tháng 09/2021": once, the last day of that month. */
    private static final Pattern MONTH_ONCE = Pattern.compile(IN + "thang (?<month>\\d{1,2}) ?[/.-] ?(?<year>\\d{4})");
    /** "trong quý IV/2021", "quý 4/2021", "Q.IV/2021", "quý IV năm 2021": once, the quarter's last day. */
    private static final Pattern QUARTER_ONCE = Pattern.compile(
            IN + "(?:quy|q\\.?) ?(?<quarter>iv|iii|ii|i|[1-4])(?: ?[/.-] ?| nam )(?<year>\\d{4})");
    /** "trước ngày 15/10/2021": once, that day. */
    private static final Pattern DATE_ONCE = Pattern.compile(
            BEFORE + "(?:ngay )?(?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>\\d{4})");
    /** "trước ngày 30/11 hàng năm": that day every year. */
    private static final Pattern DAY_YEARLY = Pattern.compile(
            BEFORE + "(?:ngay )?(?<day>\\d{1,2})/(?<month>\\d{1,2})" + EVERY_YEAR);
    /** "vào tháng 12 hằng năm": the last day of that month every year. */
    private static final Pattern MONTH_YEARLY = Pattern.compile(IN + "thang (?<month>\\d{1,2})" + EVERY_YEAR);
    /** "Thường xuyên và theo định kỳ tháng, quý, năm": an occurrence for each period named, maybe none. */
    private static final Pattern PERIODIC = Pattern.compile("(?:thuong xuyen (?:va )?)?(?:theo )?dinh ky"
            + "(?<periods>(?:(?:,| va| hoac)? ?(?:hang )?(?:6 thang|thang|quy|nam))*)");
    private static final Pattern PERIOD = Pattern.compile("6 thang|thang|quy|nam");
    /** "báo cáo hoạt động công đoàn 6 tháng và báo cáo năm", "6 tháng": 30/6 and 31/12. */
    private static final Pattern SEMI_ANNUAL = Pattern.compile("(?:bao cao(?: [^ ,;.()]+){0,5}? )?"
            + "(?:(?:dinh ky|hang|moi) )?(?:6 thang|nua nam)(?: (?:va|,) (?:bao cao )?(?:ca )?nam)?");
    private static final Pattern QUARTERLY = Pattern.compile("(?:hang|moi) quy");
    private static final Pattern MONTHLY = Pattern.compile("(?:hang|moi) thang");
    /** "thường xuyên", "thường xuyên trong năm": ongoing, no due date. */
    private static final Pattern ONGOING = Pattern.compile(
            "thuong xuyen(?: (?:trong nam|lien tuc|trong nhiem ky|hang nam))?|lien tuc");
    /** "hằng năm" alone: yearly, and the day is not said. */
    private static final Pattern YEARLY_NO_DAY = Pattern.compile("(?:hang|moi) nam");

    static final List<Form> FORMS = List.of(
            new Form(MONTH_ONCE, m -> once(YearMonth.of(number(m, "year"), number(m, "month")).atEndOfMonth())),
            new Form(QUARTER_ONCE, m -> once(endOfQuarter(number(m, "year"), quarter(m.group("quarter"))))),
            new Form(DATE_ONCE, m -> once(LocalDate.of(number(m, "year"), number(m, "month"), number(m, "day")))),
            new Form(DAY_YEARLY, m -> yearly(MonthDay.of(number(m, "month"), number(m, "day")))),
            new Form(MONTH_YEARLY, m -> yearly(endOfMonth(number(m, "month")))),
            new Form(PERIODIC, m -> periodic(m.group("periods"))),
            new Form(SEMI_ANNUAL, m -> Reading.of(new DeadlineRule.SemiAnnual())),
            new Form(QUARTERLY, m -> Reading.of(new DeadlineRule.Quarterly())),
            new Form(MONTHLY, m -> Reading.of(new DeadlineRule.Monthly())),
            new Form(ONGOING, m -> Reading.of(new DeadlineRule.Ongoing())),
            new Form(YEARLY_NO_DAY, m -> new Reading(new DeadlineRule.Yearly(END_OF_YEAR), false,
                    "'hằng năm' names no day; the end of the year (31/12) was assumed")));

    private DeadlineForms() {}

    private static Reading periodic(String periods) {
        Set<DeadlineRule> rules = new LinkedHashSet<>();
        Matcher m = PERIOD.matcher(periods);
        while (m.find()) {
            rules.add(switch (m.group()) {
                case "thang" -> new DeadlineRule.Monthly();
                case "quy" -> new DeadlineRule.Quarterly();
                case "6 thang" -> new DeadlineRule.SemiAnnual();
                default -> new DeadlineRule.Yearly(END_OF_YEAR);
            });
        }
        if (rules.isEmpty()) {
            return new Reading(new DeadlineRule.Ongoing(), true,
                    "'định kỳ' without a period (tháng, quý, năm) does not say when; taken as ongoing");
        }
        return Reading.of(rules.size() == 1 ? rules.iterator().next() : new DeadlineRule.Periodic(List.copyOf(rules)));
    }

    private static Reading once(LocalDate due) {
        return Reading.of(new DeadlineRule.Once(due));
    }

    private static Reading yearly(MonthDay day) {
        return Reading.of(new DeadlineRule.Yearly(day));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static LocalDate endOfQuarter(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    /** The month's last day in a common year: a yearly deadline "in February" falls on 28/2. */
    private static MonthDay endOfMonth(int month) {
        return MonthDay.from(YearMonth.of(2001, month).atEndOfMonth());
    }
}
