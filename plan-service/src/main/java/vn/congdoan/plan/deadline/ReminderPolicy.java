package vn.congdoan.plan.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.congdoan.plan.deadline.ReminderPoint.Kind;

/**
 * When to remind about one occurrence of a deadline; editable per plan.
 *
 * @param daysBefore               days before the due date to remind on; 0 means on the day itself.
 *                                 Stored without duplicates, largest first.
 * @param overdueEveryDays         after the due date, remind every this many days until done
 * @param escalateAfterDaysOverdue overdue reminders later than this many days are escalated to the
 *                                 parent unit's officers
 */
public record ReminderPolicy(List<Integer> daysBefore, int overdueEveryDays, int escalateAfterDaysOverdue) {

    public ReminderPolicy {
        daysBefore = List.copyOf(daysBefore).stream().distinct()
                .sorted(Comparator.reverseOrder()).toList();
        if (daysBefore.stream().anyMatch(days -> days < 0)) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
        if (overdueEveryDays < 1) {
            throw new IllegalArgumentException("overdueEveryDays must be at least 1 but was " + overdueEveryDays);
        }
        if (escalateAfterDaysOverdue < 0) {
            throw new IllegalArgumentException("escalateAfterDaysOverdue must not be negative but was "
                    + escalateAfterDaysOverdue);
        }
    }

    /**
     * The federation's defaults (docs/architecture.md §5): 7, 3, 1 days before and on the day; every
     * 3 days overdue; escalate after 7.
     */
    public static ReminderPolicy defaults() {
        return new ReminderPolicy(List.of(7, 3, 1, 0), 3, 7);
    }

    /** How far ahead of a due date the first reminder comes; bounds the look-ahead of a sweep. */
    public int maxDaysBefore() {
        return daysBefore.isEmpty() ? 0 : daysBefore.getFirst();
    }

    /**
     * Every reminder for a deadline due on {@code dueDate}, dated on or before {@code until}, sorted:
     * DUE_SOON for each positive offset, DUE on the day, then OVERDUE every {@link #overdueEveryDays}
     * days, escalated once {@code daysOverdue > escalateAfterDaysOverdue}.
     */
    public List<ReminderPoint> pointsFor(LocalDate dueDate, LocalDate until) {
        return pointsBetween(dueDate, LocalDate.MIN, until);
    }

    /**
     * The reminders of {@link #pointsFor} dated in {@code [from, until]}. Overdue points start at the
     * first multiple of {@link #overdueEveryDays} on or after {@code from}, so a deadline a year
     * overdue costs the sweep a handful of points, not a hundred.
     */
    public List<ReminderPoint> pointsBetween(LocalDate dueDate, LocalDate from, LocalDate until) {
        List<ReminderPoint> points = new ArrayList<>();
        for (int days : daysBefore) {
            LocalDate on = dueDate.minusDays(days);
            if (!on.isBefore(from) && !on.isAfter(until)) {
                points.add(new ReminderPoint(on, days == 0 ? Kind.DUE : Kind.DUE_SOON, -days, false));
            }
        }
        for (long late = firstOverdueOffset(dueDate, from); !dueDate.plusDays(late).isAfter(until);
                late += overdueEveryDays) {
            points.add(new ReminderPoint(dueDate.plusDays(late), Kind.OVERDUE, Math.toIntExact(late),
                    late > escalateAfterDaysOverdue));
        }
        return points;
    }

    private long firstOverdueOffset(LocalDate dueDate, LocalDate from) {
        if (!from.isAfter(dueDate)) {
            return overdueEveryDays;
        }
        long daysLate = ChronoUnit.DAYS.between(dueDate, from);
        return Math.max(1, Math.ceilDiv(daysLate, overdueEveryDays)) * overdueEveryDays;
    }
}
