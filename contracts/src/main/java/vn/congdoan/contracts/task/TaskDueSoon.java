package vn.congdoan.contracts.task;

import java.time.LocalDate;

/** A deadline is {@code daysLeft} days away (the plan's reminder offsets, 7, 3 and 1 by default). */
public record TaskDueSoon(String assignmentId, String planId, String planNumber, String taskTitle,
                          String unitId, LocalDate dueDate, int daysLeft) implements TaskEvent {
}
