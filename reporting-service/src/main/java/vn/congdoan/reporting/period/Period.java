package vn.congdoan.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: its label and the calendar days it covers. The label alone says which days:
 * {@code 2026} (a year), {@code 2026-H1} / {@code 2026-H2} (half years), {@code 2026-Q3} (a quarter),
 * {@code 2026-11} (a month), {@code 2021-08-31} (a one-off report due that day: from 1 January of
 * its year to that day), {@code PLAN} is only used by targets measured over a plan's whole term (or up to their own horizon).
 */
public record Period(String label, LocalDate start, LocalDate end) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    /**
     * The period an occurrence of a report task's deadline reports on, from the deadline's kind
     * (as plan-service names it): YEARLY → the occurrence's year, SEMI_ANNUAL → its half, QUARTERLY →
     * its quarter, MONTHLY and PERIODIC → its month, ONCE → the day itself. ONGOING has no occurrences.
     */
    public static Period ofOccurrence(String deadlineKind, LocalDate occurrence) {
        int year = occurrence.getYear();
        return switch (deadlineKind == null ? "ONCE" : deadlineKind) {
            case "YEARLY" -> year(year);
            case "SEMI_ANNUAL" -> half(year, occurrence.getMonthValue() <= 6 ? 1 : 2);
            case "QUARTERLY" -> quarter(year, (occurrence.getMonthValue() - 1) / 3 + 1);
            case "MONTHLY", "PERIODIC" -> month(YearMonth.from(occurrence));
            default -> new Period(occurrence.toString(), LocalDate.of(year, 1, 1), occurrence);
        };
    }

    /** Reads a label; empty when it is none of the shapes above. */
    public static Optional<Period> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = YEAR.matcher(label)).matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        if ((m = HALF.matcher(label)).matches()) {
            return Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = QUARTER.matcher(label)).matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = MONTH.matcher(label)).matches()) {
            return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        try {
            LocalDate day = LocalDate.parse(label);
            return Optional.of(new Period(label, LocalDate.of(day.getYear(), 1, 1), day));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static Period half(int year, int half) {
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(year + "-H" + half, start, start.plusMonths(6).minusDays(1));
    }

    static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
    }

    static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** True when the unit, active from {@code from} until {@code until} (null: open-ended), was active on a day of it. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return (from == null || !from.isAfter(end)) && (until == null || !until.isBefore(start));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days of the period up to and including {@code asOf}, between 0 and {@link #days()}. */
    public long elapsedDays(LocalDate asOf) {
        if (asOf.isBefore(start)) {
            return 0;
        }
        return asOf.isAfter(end) ? days() : ChronoUnit.DAYS.between(start, asOf) + 1;
    }
}
