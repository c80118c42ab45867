package vn.congdoan.plan.task;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Assign a task to a unit, due at the end of {@code dueDate} (Asia/Ho_Chi_Minh). */
public record AssignTaskRequest(@NotBlank @Size(max = 100) String unitId,
                                @NotBlank @Size(max = 2000) String taskTitle,
                                @NotNull LocalDate dueDate) {
}
