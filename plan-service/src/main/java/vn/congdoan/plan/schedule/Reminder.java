package vn.congdoan.plan.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import vn.congdoan.plan.deadline.ReminderPoint;

/**
 * A reminder about one occurrence of an assignment's deadline.
 *
 * @param occurrence the due date this reminder is about
 * @param point      when and what kind of reminder
 */
record Reminder(LocalDate occurrence, ReminderPoint point) {

    /** By day first, then by occurrence: the order in which a person would have received them. */
    static final Comparator<Reminder> CHRONOLOGICAL = Comparator
            .comparing((Reminder reminder) -> reminder.point().on())
            .thenComparing(Reminder::occurrence);

    Reminder {
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(point, "point");
    }

    /**
     * Identifies this reminder within its assignment, e.g. {@code 2026-11-30/-7} (7 days ahead),
     * {@code 2026-11-30/0} (on the day), {@code 2026-11-30/+9} (9 days overdue).
     *
     * <p>It is made of the occurrence and the offset only, never of the sweep's time, so however
     * often the scheduler runs the same reminder has the same key: prefixed with the assignment id
     * it is the CloudEvents {@code ce_id} that consumers deduplicate on, and the sweep records it
     * as sent or missed.
     */
    String key() {
        int offset = point.offsetDays();
        return occurrence + "/" + (offset > 0 ? "+" + offset : Integer.toString(offset));
    }
}
