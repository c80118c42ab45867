package vn.congdoan.contracts.task;

import java.time.LocalDate;

/** The deadline is today (it is due at the end of the day, Asia/Ho_Chi_Minh). */
public record TaskDue(String assignmentId, String planId, String planNumber, String taskTitle,
                      String unitId, LocalDate dueDate) implements TaskEvent {
}
