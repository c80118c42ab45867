package vn.congdoan.contracts.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit submitted (or resubmitted, a higher {@code version}) its report for one occurrence of a
 * report task: plan-service completes that occurrence of {@code assignmentId}, which stops its
 * reminders. {@code assignmentId} is null for a report no plan task asked for.
 */
public record ReportSubmitted(String reportId, int version, String planId, String assignmentId, String unitId,
                              LocalDate dueDate, String period, Instant submittedAt) implements ReportEvent {
}
