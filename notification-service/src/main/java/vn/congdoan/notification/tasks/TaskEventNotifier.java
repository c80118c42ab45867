package vn.congdoan.notification.tasks;

import java.util.Optional;
import java.util.function.Function;

import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.contracts.task.TaskDue;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.contracts.task.TaskEvent;
import vn.congdoan.contracts.task.TaskOverdue;
import vn.congdoan.events.IncomingEvent;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.routing.Occasion;

/**
 * Turns a deadline event from plan.tasks into an occasion for the notifier: a reminder, a
 * deadline today, an overdue task, or an escalated one (which also reaches the parent unit).
 * An assignment or a completion tells nobody (yet). The plan's title comes from what plan.plans told. Plain class, callable from unit tests without Spring.
 */
public class TaskEventNotifier {
    private final Notifier notifier;
    private final Function<String, Optional<String>> planTitles;

    public TaskEventNotifier(Notifier notifier, Function<String, Optional<String>> planTitles) {
        this.notifier = notifier;
        this.planTitles = planTitles;
    }

    /** Stores the notifications the event causes; returns how many are new (0 for a redelivery). */
    public int handle(IncomingEvent<? extends TaskEvent> event) {
        return occasionOf(event.id(), event.payload(), planTitles).map(notifier::notify).orElse(0);
    }

    static Optional<Occasion> occasionOf(String eventId, TaskEvent task, Function<String, Optional<String>> planTitles) {
        return switch (task) {
            case TaskDueSoon e -> Optional.of(new Occasion(eventId, NotificationKind.TASK_DUE_SOON, e.unitId(), null,
                    new NotificationData(e.assignmentId(), e.planId(), e.planNumber(), title(planTitles, e.planId()),
                            e.taskTitle(), e.unitId(), e.dueDate(), e.daysLeft(), null)));
            case TaskDue e -> Optional.of(new Occasion(eventId, NotificationKind.TASK_DUE, e.unitId(), null,
                    new NotificationData(e.assignmentId(), e.planId(), e.planNumber(), title(planTitles, e.planId()),
                            e.taskTitle(), e.unitId(), e.dueDate(), 0, null)));
            case TaskOverdue e -> Optional.of(new Occasion(eventId,
                    e.escalated() ? NotificationKind.TASK_ESCALATED : NotificationKind.TASK_OVERDUE,
                    e.unitId(), e.parentUnitId(),
                    new NotificationData(e.assignmentId(), e.planId(), e.planNumber(), title(planTitles, e.planId()),
                            e.taskTitle(), e.unitId(), e.dueDate(), null, e.daysOverdue())));
            case TaskAssigned e -> Optional.empty();
            case TaskCompleted e -> Optional.empty();
        };
    }

    private static String title(Function<String, Optional<String>> planTitles, String planId) {
        return planId == null ? null : planTitles.apply(planId).orElse(null);
    }
}
