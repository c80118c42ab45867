package vn.congdoan.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** A report as the API shows it: the current state, every version and every decision. */
public record ReportView(String id, String planId, String period, String unitId, String parentUnitId, UnitLevel level,
                         Sector sector, String assignmentId, LocalDate dueDate, Report.Status status, int version,
                         Instant firstSubmittedAt, Boolean onTime, List<VersionView> versions,
                         List<Report.Decision> decisions) {

    public record VersionView(int version, List<Report.Count> counts, Map<String, Boolean> flags, String narrative,
                              String submittedBy, Instant submittedAt) {
    }

    /** A line of a list: the current version's figures only. */
    public record Summary(String id, String planId, String period, String unitId, String parentUnitId,
                          Report.Status status, int version,
                          Instant firstSubmittedAt, Instant lastSubmittedAt, Boolean onTime) {
    }

    static ReportView of(Report r) {
        return new ReportView(r.id(), r.planId(), r.period(), r.unitId(), r.parentUnitId(), r.level(), r.sector(),
                r.assignmentId(), r.dueDate(), r.status(), r.version(), r.firstSubmittedAt(), r.onTime(),
                r.versions().stream().map(v -> new VersionView(v.version(), v.counts(), v.flags(), v.narrative(),
                        v.submittedBy(), v.submittedAt())).toList(), r.decisions());
    }

    static Summary summary(Report r) {
        return new Summary(r.id(), r.planId(), r.period(), r.unitId(), r.parentUnitId(), r.status(), r.version(), r.firstSubmittedAt(),
                r.current().submittedAt(), r.onTime());
    }
}
