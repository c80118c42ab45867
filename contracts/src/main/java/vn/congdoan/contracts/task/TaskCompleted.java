package vn.congdoan.contracts.task;

import java.time.LocalDate;

/** The unit finished the occurrence due on {@code dueDate}; its reminders stop. */
public record TaskCompleted(String assignmentId, String planId, String unitId, LocalDate dueDate,
                            LocalDate completedOn, String note, String evidenceUrl) implements TaskEvent {
}
