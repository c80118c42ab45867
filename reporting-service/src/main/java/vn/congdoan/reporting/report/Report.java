package vn.congdoan.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * A unit's report for one plan and period, with every version it ever submitted and every decision
 * its parent unit took. The id is {@code planId:period:unitId}: one report per expected report.
 *
 * @param appliedVersions versions whose contribution the rollups already hold (each applied once)
 */
@Document("reports")
@CompoundIndex(name = "subtree", def = "{'planId': 1, 'period': 1, 'path': 1}")
@CompoundIndex(name = "byUnit", def = "{'path': 1, 'planId': 1}")
public record Report(@Id String id, String planId, String period, String unitId, String parentUnitId,
                     List<String> path, UnitLevel level, Sector sector, String assignmentId, LocalDate dueDate,
                     Status status, int version, List<Version> versions, List<Decision> decisions,
                     List<Integer> appliedVersions, Instant firstSubmittedAt, Boolean onTime, Instant updatedAt) {

    public enum Status { SUBMITTED, APPROVED, RETURNED }

    public record Count(ReportMetric metric, Sector sector, long value) {
    }

    /** One submission; {@code contribution} is what it adds to the rollups, kept to compute the next delta. */
    public record Version(int version, List<Count> counts, Map<String, Boolean> flags, String narrative,
                          String submittedBy, Instant submittedAt, Map<String, Long> contribution) {
    }

    public record Decision(int version, String decision, String decidedBy, String unitId, String comment,
                           Instant decidedAt) {
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public Version version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst().orElse(null);
    }
}
