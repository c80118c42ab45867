package vn.congdoan.plan.deadline;

import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.model.Recur;

/**
 * Expands an iCalendar RRULE into calendar dates with ical4j.
 *
 * <p>Reminders and the calendar feed share this one implementation, so what an officer sees in a
 * subscribed calendar and what the scheduler reminds about cannot drift apart. Dates are
 * {@link LocalDate}s: a deadline is a calendar day in Asia/Ho_Chi_Minh, no time zone arithmetic.
 */
final class Recurrences {

    private Recurrences() {
    }

    /**
     * All dates of {@code rrule} in {@code [from, to]}, both inclusive, sorted.
     *
     * <p>The rules built by {@link DeadlineRule} carry every BYMONTH/BYMONTHDAY part they need, so
     * the seed (DTSTART) only anchors the expansion and {@code from} serves. A fresh {@link Recur}
     * is parsed on every call because ical4j initialises its rule parts lazily inside the instance,
     * which makes a shared instance unsafe across the sweep's threads; parsing is microseconds.
     */
    static List<LocalDate> expand(String rrule, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        Recur<LocalDate> recur = new Recur<>(rrule);
        return List.copyOf(recur.getDates(from, from, to));
    }
}
