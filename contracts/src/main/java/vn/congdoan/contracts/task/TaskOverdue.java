package vn.congdoan.contracts.task;

import java.time.LocalDate;

/**
 * The deadline passed {@code daysOverdue} days ago and the task is not done. {@code escalated}
 * asks the notification service to tell the officers of {@code parentUnitId} too.
 */
public record TaskOverdue(String assignmentId, String planId, String planNumber, String taskTitle,
                          String unitId, String parentUnitId, LocalDate dueDate, int daysOverdue,
                          boolean escalated) implements TaskEvent {
}
