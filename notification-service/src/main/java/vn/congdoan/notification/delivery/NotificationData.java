package vn.congdoan.notification.delivery;

import java.time.LocalDate;

/**
 * What the templates need to word a notification, copied from the event that caused it, so a
 * message can be rendered again later (a retry, another language) without the event.
 * {@code planTitle}, {@code daysLeft} and {@code daysOverdue} may be null.
 */
public record NotificationData(String assignmentId, String planId, String planNumber, String planTitle,
                               String taskTitle, String unitId, LocalDate dueDate, Integer daysLeft,
                               Integer daysOverdue) {
}
