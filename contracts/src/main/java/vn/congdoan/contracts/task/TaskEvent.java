package vn.congdoan.contracts.task;

import java.time.LocalDate;

/**
 * What happens to one assignment's deadline occurrence. The record key is the assignment id.
 * Consumers switch exhaustively over this family.
 */
public sealed interface TaskEvent permits TaskAssigned, TaskDueSoon, TaskDue, TaskOverdue, TaskCompleted {
    String assignmentId();

    String unitId();

    LocalDate dueDate();
}
