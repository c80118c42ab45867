package vn.congdoan.contracts.report;

import java.time.Instant;

/** The parent unit returned version {@code version} of a child's report for correction, saying why. */
public record ReportReturned(String reportId, int version, String planId, String unitId, String parentUnitId,
                             String period, String decidedBy, String comment, Instant decidedAt)
        implements ReportEvent {
}
