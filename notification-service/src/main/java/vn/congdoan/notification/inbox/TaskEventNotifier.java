package vn.congdoan.notification.inbox;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;

import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.contracts.task.TaskDue;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.contracts.task.TaskEvent;
import vn.congdoan.contracts.task.TaskOverdue;
import vn.congdoan.events.IncomingEvent;

/**
 * Turns a task event into an in-app notification for the assigned unit. Idempotent: the
 * notification's id comes from the event id, so a redelivery is a duplicate key and nothing more.
 * Plain class, callable from unit tests without Spring.
 */
public class TaskEventNotifier {
    static final String IN_APP = "IN_APP";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notifications notifications;
    private final Clock clock;

    public TaskEventNotifier(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Stores the notification the event causes; false when it was stored before (a redelivery). */
    public boolean handle(IncomingEvent<? extends TaskEvent> event) {
        Message message = switch (event.payload()) {
            case TaskDueSoon e -> new Message("Sắp đến hạn: " + e.taskTitle(),
                    "Nhiệm vụ “" + e.taskTitle() + "” đến hạn ngày " + VIETNAMESE_DATE.format(e.dueDate())
                            + ", còn " + e.daysLeft() + " ngày.");
            case TaskDue e -> new Message("Đến hạn hôm nay: " + e.taskTitle(),
                    "Nhiệm vụ “" + e.taskTitle() + "” đến hạn hôm nay, " + VIETNAMESE_DATE.format(e.dueDate()) + ".");
            case TaskOverdue e -> new Message("Quá hạn: " + e.taskTitle(),
                    "Nhiệm vụ “" + e.taskTitle() + "” đã quá hạn " + e.daysOverdue() + " ngày (hạn "
                            + VIETNAMESE_DATE.format(e.dueDate()) + ").");
            case TaskCompleted e -> null;
            case TaskAssigned e -> null;
        };
        if (message == null) {
            return false;
        }
        return store(event, message);
    }

    private boolean store(IncomingEvent<? extends TaskEvent> event, Message message) {
        String unitId = event.payload().unitId();
        try {
            notifications.insert(new Notification(Notification.idOf(event.id(), "unit:" + unitId, IN_APP), event.id(),
                    event.type().ceType(), unitId, IN_APP, message.title(), message.body(),
                    event.payload().assignmentId(), clock.instant(), null));
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    private record Message(String title, String body) {
    }
}
