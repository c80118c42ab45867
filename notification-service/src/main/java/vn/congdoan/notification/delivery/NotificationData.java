package vn.congdoan.notification.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.TargetPeriod;

/**
 * What the templates need to word a notification, copied from the event that caused it, so a
 * message can be rendered again later (a retry, another language) without the event.
 * {@code planTitle}, {@code daysLeft}, {@code daysOverdue}, {@code dueDate} and {@code unitName}
 * may be null; {@code report}, {@code target} and {@code followUp} are there for their kinds only.
 */
public record NotificationData(String assignmentId, String planId, String planNumber, String planTitle,
                               String taskTitle, String unitId, LocalDate dueDate, Integer daysLeft,
                               Integer daysOverdue, String unitName, Report report, Target target, FollowUp followUp) {

    @PersistenceCreator
    public NotificationData {
    }

    /** A task's notification (reminders, escalations). */
    public NotificationData(String assignmentId, String planId, String planNumber, String planTitle, String taskTitle,
                            String unitId, LocalDate dueDate, Integer daysLeft, Integer daysOverdue) {
        this(assignmentId, planId, planNumber, planTitle, taskTitle, unitId, dueDate, daysLeft, daysOverdue, null, null,
                null, null);
    }

    public NotificationData withUnitName(String name) {
        return new NotificationData(assignmentId, planId, planNumber, planTitle, taskTitle, unitId, dueDate, daysLeft,
                daysOverdue, name, report, target, followUp);
    }

    /** A unit's report, as submitted, approved or returned (with the parent's comment). */
    public record Report(String reportId, int version, String period, Boolean onTime, String comment) {
    }

    /** A target's verdict for one scope and period: the figure against the threshold. */
    public record Target(String targetId, String metric, Comparator comparator, BigDecimal threshold, Measure measure,
                         TargetPeriod periodKind, String period, LocalDate periodEnd, long numerator, long denominator,
                         BigDecimal value, BigDecimal progressPercent, BigDecimal elapsedPercent) {
    }

    /** A parent unit's open assignments on one day: per task and due date, the children not done. */
    public record FollowUp(LocalDate date, List<Item> items) {
        public FollowUp {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * One task and due date: {@code notDone} of {@code total} children have not done it; {@code missing}
     * names them (their names from the union directory, their ids when it does not know them yet).
     *
     * @param childLevel the level of the children (GRASSROOTS, UPPER_GRASSROOTS, ...), null when mixed or unknown
     */
    public record Item(String planId, String planNumber, String planTitle, String taskId, String taskTitle,
                       boolean reportTask, LocalDate dueDate, int total, int notDone, List<String> missing,
                       String childLevel) {
        public Item {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }
}
