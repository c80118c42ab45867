package vn.congdoan.plan.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;
import vn.congdoan.units.KnownUnit;

/**
 * Assign a task to a unit directly, outside any plan (a plan's tasks are assigned when it is issued). {@code deadline} is a rule such as
 * {@code {"kind":"ONCE","due":"2026-11-30"}} or {@code {"kind":"YEARLY","day":"--11-30"}};
 * {@code reminders} defaults to the federation's policy (7, 3, 1 and 0 days before, every 3 days
 * overdue, escalation after 7).
 */
public record AssignTaskRequest(@NotBlank @Size(max = 100) @KnownUnit String unitId,
                                @Size(max = 100) @KnownUnit String parentUnitId,
                                @NotBlank @Size(max = 2000) String taskTitle,
                                @NotNull DeadlineRule deadline,
                                @Valid ReminderPolicy reminders) {
}
