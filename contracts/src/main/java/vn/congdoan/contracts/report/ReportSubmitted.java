package vn.congdoan.contracts.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit submitted (or resubmitted, a higher {@code version}) its report for one occurrence of a
 * report task: plan-service completes that occurrence of {@code assignmentId}, which stops its
 * reminders. {@code assignmentId} is null for a report no plan task asked for.
 *
 * @param parentUnitId the unit that approves it (whose officers hear of it); added after v1's first release
 * @param onTime       submitted by the due date plus the allowed days (DHIS2's rule); null without a due date
 */
public record ReportSubmitted(String reportId, int version, String planId, String assignmentId, String unitId,
                              LocalDate dueDate, String period, Instant submittedAt, String parentUnitId,
                              Boolean onTime) implements ReportEvent {
}
