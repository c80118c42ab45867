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
import vn.congdoan.notification.followup.FollowUps;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.routing.Occasion;

/**
 * Turns a deadline event from plan.tasks into an occasion for the notifier: a reminder, a
 * deadline today, an overdue task, or an escalated one (which also reaches the parent unit).
 * An assignment or a completion tells nobody; they feed the parent unit's daily follow-up. The
 * plan's title comes from what plan.plans told. Plain class, callable from unit tests without Spring.
 */
public class TaskEventNotifier {
    private final Notifier notifier;
    private final Function<String, Optional<String>> planTitles;
    private final FollowUps followUps;
    private final Function<String, Optional<String>> unitNames;

    public TaskEventNotifier(Notifier notifier, Function<String, Optional<String>> planTitles) {
        this(notifier, planTitles, null, unit -> Optional.empty());
    }

    public TaskEventNotifier(Notifier notifier, Function<String, Optional<String>> planTitles, FollowUps followUps,
                             Function<String, Optional<String>> unitNames) {
        this.notifier = notifier;
        this.planTitles = planTitles;
        this.followUps = followUps;
        this.unitNames = unitNames;
    }

    /**
     * Stores the notifications the event causes; returns how many are new (0 for a redelivery). An
     * assignment and a completion update the parent unit's follow-up instead: they tell nobody now.
     */
    public int handle(IncomingEvent<? extends TaskEvent> event) {
        if (followUps != null) {
            switch (event.payload()) {
                case TaskAssigned e -> followUps.assigned(e);
                case TaskCompleted e -> followUps.completed(e.assignmentId(), e.dueDate(), e.completedOn());
                default -> {
                }
            }
        }
        return occasionOf(event.id(), event.payload(), planTitles)
                .map(occasion -> occasion.kind() == NotificationKind.TASK_ESCALATED ? named(occasion) : occasion)
                .map(notifier::notify).orElse(0);
    }

    /** An escalation names the late unit to its parent's officers. */
    private Occasion named(Occasion occasion) {
        return unitNames.apply(occasion.unitId()).map(name -> new Occasion(occasion.eventId(), occasion.kind(),
                occasion.unitId(), occasion.parentUnitId(), occasion.data().withUnitName(name))).orElse(occasion);
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
