package vn.congdoan.contracts.report;

import java.time.Instant;

/** The parent unit approved version {@code version} of a child's report. */
public record ReportApproved(String reportId, int version, String planId, String unitId, String parentUnitId,
                             String period, String decidedBy, String comment, Instant decidedAt)
        implements ReportEvent {
}
