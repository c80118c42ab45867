package vn.congdoan.plan.schedule;

import java.util.List;

/**
 * What one sweep does for one assignment.
 *
 * @param send            reminders dated today that were not recorded yet: publish them, then record
 * @param missedWhileDown reminders dated before today that were never recorded because the scheduler
 *                        was down: record them as missed, do not send them (a stale "due in 7 days"
 *                        three days late helps nobody; today's reminders carry the current state)
 */
record SweepDecision(List<Reminder> send, List<Reminder> missedWhileDown) {

    static final SweepDecision NOTHING = new SweepDecision(List.of(), List.of());

    SweepDecision {
        send = List.copyOf(send);
        missedWhileDown = List.copyOf(missedWhileDown);
    }

    boolean isEmpty() {
        return send.isEmpty() && missedWhileDown.isEmpty();
    }
}
