package vn.congdoan.plan.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day on which an occurrence of a deadline is worth a message.
 *
 * @param on         the calendar day (Asia/Ho_Chi_Minh) the reminder belongs to
 * @param kind       before, on or after the due date
 * @param offsetDays days from the due date: negative before it, 0 on it, positive after it; with the
 *                   occurrence it identifies the reminder (the scheduler's reminder key)
 * @param escalated  overdue long enough that the parent unit's officers hear of it too
 */
public record ReminderPoint(LocalDate on, Kind kind, int offsetDays, boolean escalated) {

    /** Maps one to one onto the task events due-soon, due and overdue. */
    public enum Kind { DUE_SOON, DUE, OVERDUE }

    public ReminderPoint {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
    }

    /** Days until the due date; 0 on and after it. */
    public int daysLeft() {
        return Math.max(0, -offsetDays);
    }

    /** Days past the due date; 0 before and on it. */
    public int daysOverdue() {
        return Math.max(0, offsetDays);
    }
}
