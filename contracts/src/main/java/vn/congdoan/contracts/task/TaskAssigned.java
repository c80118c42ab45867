package vn.congdoan.contracts.task;

import java.time.LocalDate;
import java.util.List;

import vn.congdoan.contracts.plan.PlanIssued;

/**
 * A plan's task went to one unit: the assignment the reminders, reports and notifications are
 * about. Published when the plan is issued (scopes expanded to the units open that day) and again
 * when a revision changes it; a revision that drops it publishes it once more, as of that revision,
 * with {@code activeUntil} the day it stopped (consumers withdraw what they expected after it).
 * {@code dueDate} is its first occurrence on or after {@code activeFrom} (null for an ongoing task).
 *
 * @param activeFrom  reminders start here: the later of the issue date and the unit's opening
 * @param activeUntil the unit's closing day, or the plan's, or the day a revision dropped it, if any
 */
public record TaskAssigned(String assignmentId, String planId, int planRevision, String planNumber, String taskId,
                           String taskTitle, boolean reportTask, String unitId, String parentUnitId,
                           PlanIssued.Deadline deadline, LocalDate dueDate, LocalDate activeFrom,
                           LocalDate activeUntil) implements TaskEvent {
}
