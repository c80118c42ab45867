package vn.congdoan.plan.schedule;

import java.time.Instant;

import vn.congdoan.contracts.task.TaskDue;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.contracts.task.TaskEvent;
import vn.congdoan.contracts.task.TaskOverdue;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.plan.task.Assignment;
import vn.congdoan.plan.deadline.ReminderPoint;

/** The event a reminder is published as; its id is the assignment id and the reminder's key. */
final class TaskReminders {
    private TaskReminders() {
    }

    static CloudEvent event(Assignment a, Reminder reminder, Instant now) {
        return CloudEvent.of(id(a, reminder), a.id(), now, payload(a, reminder));
    }

    static String id(Assignment a, Reminder reminder) {
        return "task-reminder:" + a.id() + ":" + reminder.key();
    }

    private static TaskEvent payload(Assignment a, Reminder reminder) {
        ReminderPoint point = reminder.point();
        return switch (point.kind()) {
            case DUE_SOON -> new TaskDueSoon(a.id(), a.planId(), a.planNumber(), a.taskTitle(), a.unitId(),
                    reminder.occurrence(), point.daysLeft());
            case DUE -> new TaskDue(a.id(), a.planId(), a.planNumber(), a.taskTitle(), a.unitId(), reminder.occurrence());
            case OVERDUE -> new TaskOverdue(a.id(), a.planId(), a.planNumber(), a.taskTitle(), a.unitId(),
                    a.parentUnitId(), reminder.occurrence(), point.daysOverdue(), point.escalated());
        };
    }
}
