package vn.congdoan.plan.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * When an assignment of a plan falls due, as written in the plan's "Tổ chức thực hiện" section.
 *
 * <p>Every recurring rule is an iCalendar RRULE, so officers can subscribe to it in a calendar, and
 * its occurrences are expanded from that RRULE by ical4j (see {@link Recurrences}) rather than by
 * hand-written date arithmetic. All dates are calendar dates in Asia/Ho_Chi_Minh; a deadline is due
 * at the end of its day.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DeadlineRule.Once.class, name = "ONCE"),
        @JsonSubTypes.Type(value = DeadlineRule.Yearly.class, name = "YEARLY"),
        @JsonSubTypes.Type(value = DeadlineRule.SemiAnnual.class, name = "SEMI_ANNUAL"),
        @JsonSubTypes.Type(value = DeadlineRule.Quarterly.class, name = "QUARTERLY"),
        @JsonSubTypes.Type(value = DeadlineRule.Monthly.class, name = "MONTHLY"),
        @JsonSubTypes.Type(value = DeadlineRule.Ongoing.class, name = "ONGOING"),
        @JsonSubTypes.Type(value = DeadlineRule.Periodic.class, name = "PERIODIC")})
public sealed interface DeadlineRule {

    /** A single deadline: "trong tháng 8/2021" is 2021-08-31, "quý IV/2021" is 2021-12-31. */
    record Once(LocalDate due) implements DeadlineRule {
        public Once {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
            return due.isBefore(from) || due.isAfter(to) ? List.of() : List.of(due);
        }

        /** Empty: a single date is the event's DTSTART, it needs no RRULE. */
        @Override
        public Optional<String> rrule() {
            return Optional.empty();
        }
    }

    /**
     * Every year on {@code day}: "tháng 12 hằng năm" is 12-31, "trước ngày 30/11 hàng năm" 11-30.
     *
     * <p>29 February is read as "the last day of February" ({@code BYMONTHDAY=-1}): a yearly duty
     * does not skip three years out of four, and ical4j and calendar clients all support
     * {@code BYMONTHDAY=-1}, unlike RFC 7529's {@code RSCALE/SKIP}. It falls on 02-28 in common years.
     */
    record Yearly(MonthDay day) implements DeadlineRule {
        private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

        public Yearly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public Optional<String> rrule() {
            int dayOfMonth = day.equals(LEAP_DAY) ? -1 : day.getDayOfMonth();
            return Optional.of("FREQ=YEARLY;BYMONTH=" + day.getMonthValue() + ";BYMONTHDAY=" + dayOfMonth);
        }
    }

    /** The 6-month and annual reports: 30/6 and 31/12. */
    record SemiAnnual() implements DeadlineRule {
        @Override
        public Optional<String> rrule() {
            return Optional.of("FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1");
        }
    }

    /** The last day of each quarter; YEARLY with BYMONTH, so it never depends on the DTSTART month. */
    record Quarterly() implements DeadlineRule {
        @Override
        public Optional<String> rrule() {
            return Optional.of("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1");
        }
    }

    /** The last day of each month. */
    record Monthly() implements DeadlineRule {
        @Override
        public Optional<String> rrule() {
            return Optional.of("FREQ=MONTHLY;BYMONTHDAY=-1");
        }
    }

    /** "Thường xuyên": a standing duty with no date; no reminders, it shows in the yearly report. */
    record Ongoing() implements DeadlineRule {
        @Override
        public Optional<String> rrule() {
            return Optional.empty();
        }
    }

    /**
     * Several rules at once: "định kỳ tháng, quý, năm" is Monthly + Quarterly + Yearly(12-31). Its
     * occurrences are the union of its members', each date once, so 31/12 is due once, not thrice.
     */
    record Periodic(List<DeadlineRule> rules) implements DeadlineRule {
        public Periodic {
            rules = List.copyOf(rules);
            if (rules.isEmpty()) {
                throw new IllegalArgumentException("a periodic rule needs at least one member");
            }
        }

        @Override
        public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
            return rules.stream().flatMap(rule -> rule.occurrences(from, to).stream())
                    .distinct().sorted().toList();
        }

        /** Empty: one RRULE cannot say it; see {@link #rrules()}. */
        @Override
        public Optional<String> rrule() {
            return Optional.empty();
        }

        @Override
        public List<String> rrules() {
            return rules.stream().flatMap(rule -> rule.rrules().stream()).distinct().toList();
        }
    }

    /** The wire name of the rule's kind, as in its JSON ({@code "kind": "YEARLY"}). */
    default String kind() {
        return switch (this) {
            case Once once -> "ONCE";
            case Yearly yearly -> "YEARLY";
            case SemiAnnual semiAnnual -> "SEMI_ANNUAL";
            case Quarterly quarterly -> "QUARTERLY";
            case Monthly monthly -> "MONTHLY";
            case Ongoing ongoing -> "ONGOING";
            case Periodic periodic -> "PERIODIC";
        };
    }

    /** Due dates in {@code [from, to]}, both inclusive, sorted, each once. */
    default List<LocalDate> occurrences(LocalDate from, LocalDate to) {
        return rrule().map(rule -> Recurrences.expand(rule, from, to)).orElse(List.of());
    }

    /** The iCalendar RRULE, e.g. {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30}; empty if none fits. */
    Optional<String> rrule();

    /** Every RRULE of this rule: one for a recurring rule, one per recurring member of a Periodic. */
    default List<String> rrules() {
        return rrule().stream().toList();
    }

    static Once once(LocalDate due) {
        return new Once(due);
    }

    /** "trong tháng 8/2021": the last day of that month. */
    static Once endOfMonth(YearMonth month) {
        return new Once(month.atEndOfMonth());
    }

    /** "quý IV/2021": the last day of that quarter. */
    static Once endOfQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4 but was " + quarter);
        }
        return endOfMonth(YearMonth.of(year, quarter * 3));
    }

    static Yearly yearly(MonthDay day) {
        return new Yearly(day);
    }

    static SemiAnnual semiAnnual() {
        return new SemiAnnual();
    }

    static Quarterly quarterly() {
        return new Quarterly();
    }

    static Monthly monthly() {
        return new Monthly();
    }

    static Ongoing ongoing() {
        return new Ongoing();
    }

    static Periodic periodic(DeadlineRule... rules) {
        return new Periodic(List.of(rules));
    }
}
