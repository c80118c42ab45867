package vn.congdoan.plan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;

/**
 * The reminders of one assignment: which to send today and which were missed while the scheduler
 * was down. A pure function of its inputs, evaluated by the daily sweep for every open assignment.
 *
 * <p><b>Which occurrences count.</b> Only those due in {@code [activeFrom, activeUntil]}: a plan
 * issued after one of its deadlines does not remind for it, and a unit closed mid-year hears
 * nothing after it closes. Reminder days outside that window are not due at all (the 7-days-ahead
 * reminder of a deadline 3 days after the plan was issued is neither sent nor "missed").
 * Completed occurrences produce nothing.
 *
 * <p><b>When overdue reminders stop.</b> When the occurrence is completed, or on the day the next
 * occurrence of the same rule falls due, whichever comes first: a monthly report left undone does
 * not nag for ever, its successor takes over. A deadline with no successor (a {@code Once}) stops
 * after {@value #OVERDUE_HORIZON_DAYS} days; beyond that it is a matter for the follow-up digests.
 *
 * <p><b>Horizon.</b> The sweep runs over ~130,000 assignments, so it never expands years of
 * occurrences. Reminder days are looked at only in the last {@value #MISSED_LOOKBACK_DAYS} days up
 * to today (a longer outage is an incident for people, not a backlog to replay), and the only
 * occurrences that can have a reminder in that span are due in {@code [that start -}
 * {@value #OVERDUE_HORIZON_DAYS}{@code , today + policy.maxDaysBefore()]}: no overdue chain is
 * longer than {@value #OVERDUE_HORIZON_DAYS} days (no recurring rule has a gap longer than a year)
 * and no reminder comes earlier than the largest {@code daysBefore}. That is at most ~14 dates for
 * a monthly rule. The caller loads completions and recorded keys for the same span.
 *
 * @param activeFrom  the later of the plan's issue date and the unit's opening date
 * @param activeUntil the earlier of the unit's and the plan's closing dates; {@code null} if open
 * @param rule        when the assignment falls due
 * @param policy      when to remind about each occurrence
 */
record ReminderSchedule(LocalDate activeFrom, LocalDate activeUntil, DeadlineRule rule, ReminderPolicy policy) {

    static final int MISSED_LOOKBACK_DAYS = 31;
    static final int OVERDUE_HORIZON_DAYS = 366;

    ReminderSchedule {
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param today     the sweep's calendar day in Asia/Ho_Chi_Minh
     * @param completed due dates of the occurrences already done (or their report submitted)
     * @param recorded  {@link Reminder#key() keys} of reminders already sent or recorded as missed
     */
    SweepDecision sweep(LocalDate today, Set<LocalDate> completed, Set<String> recorded) {
        LocalDate earliest = later(activeFrom, today.minusDays(MISSED_LOOKBACK_DAYS));
        LocalDate latest = activeUntil == null || today.isBefore(activeUntil) ? today : activeUntil;
        if (latest.isBefore(earliest)) {
            return SweepDecision.NOTHING;
        }
        List<LocalDate> dues = rule.occurrences(earliest.minusDays(OVERDUE_HORIZON_DAYS),
                today.plusDays(policy.maxDaysBefore()));
        List<Reminder> pending = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            LocalDate due = dues.get(i);
            if (isAssigned(due) && !completed.contains(due)) {
                LocalDate next = i + 1 < dues.size() ? dues.get(i + 1) : null;
                LocalDate until = earlier(latest, overdueEnd(due, next));
                policy.pointsBetween(due, earliest, until).forEach(point -> pending.add(new Reminder(due, point)));
            }
        }
        pending.removeIf(reminder -> recorded.contains(reminder.key()));
        return split(pending, today);
    }

    private static SweepDecision split(List<Reminder> pending, LocalDate today) {
        pending.sort(Reminder.CHRONOLOGICAL);
        List<Reminder> send = pending.stream().filter(reminder -> reminder.point().on().equals(today)).toList();
        List<Reminder> missed = pending.stream().filter(reminder -> reminder.point().on().isBefore(today)).toList();
        return new SweepDecision(send, missed);
    }

    private boolean isAssigned(LocalDate due) {
        return !due.isBefore(activeFrom) && (activeUntil == null || !due.isAfter(activeUntil));
    }

    /** The last day an occurrence may be reminded of as overdue. */
    private static LocalDate overdueEnd(LocalDate due, LocalDate next) {
        LocalDate horizon = due.plusDays(OVERDUE_HORIZON_DAYS);
        return next == null ? horizon : earlier(horizon, next.minusDays(1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
