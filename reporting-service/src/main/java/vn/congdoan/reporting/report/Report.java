package vn.congdoan.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.congdoan.contracts.report.ReportApproved;
import vn.congdoan.contracts.report.ReportReturned;
import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.web.ConflictException;

/**
 * A unit's report for one plan and period, with every version it ever submitted and every decision
 * its parent unit took. The id is {@code planId:period:unitId}: one report per expected report.
 * Commands ({@link #submit}, {@link #decide}) check the state they start from and return the next
 * state with the event it caused; the caller stores it.
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

    /** The most versions one report keeps (each up to a 20,000-character narrative: the document stays far below 16 MB). */
    static final int MAX_VERSIONS = 50;

    public enum Status { SUBMITTED, APPROVED, RETURNED }

    public record Count(ReportMetric metric, Sector sector, long value) {
    }

    /** One submission; {@code contribution} is what it adds to the rollups, kept to compute the next delta. */
    public record Version(int version, List<Count> counts, Map<String, Boolean> flags, String narrative,
                          String submittedBy, Instant submittedAt, Map<String, Long> contribution) {

        /** A submission not yet numbered: the report gives it its number when it takes it. */
        static Version unnumbered(List<Count> counts, Map<String, Boolean> flags, String narrative, String submittedBy,
                                  Instant submittedAt, Map<String, Long> contribution) {
            return new Version(0, counts, flags, narrative, submittedBy, submittedAt, contribution);
        }

        Version numbered(int number) {
            return new Version(number, counts, flags, narrative, submittedBy, submittedAt, contribution);
        }
    }

    public record Decision(int version, ApprovalDecision decision, String decidedBy, String unitId, String comment,
                           Instant decidedAt) {
    }

    /** A command's outcome: the state to store and the event it caused. */
    public record Change(Report report, CloudEvent event) {
    }

    /** Where in the directory and the plan a report belongs, fixed by its first submission. */
    public record Origin(String id, String planId, String period, String unitId, String parentUnitId, List<String> path,
                         UnitLevel level, Sector sector, String assignmentId, LocalDate dueDate) {
    }

    /** A unit's first submission for the plan and period: version 1, awaiting its parent's decision. */
    static Change submitFirst(Origin o, Version first, Boolean onTime, Instant now) {
        Version numbered = first.numbered(1);
        Report report = new Report(o.id(), o.planId(), o.period(), o.unitId(), o.parentUnitId(), o.path(), o.level(),
                o.sector(), o.assignmentId(), o.dueDate(), Status.SUBMITTED, 1, List.of(numbered), List.of(), List.of(),
                now, onTime, now);
        return new Change(report, report.submittedEvent(numbered));
    }

    /** A resubmission is the next version (awaiting a decision again); an approved report is final. */
    Change submit(Version next, Instant now) {
        if (status == Status.APPROVED) {
            throw new ConflictException("period", "the report for " + period + " was approved (version " + version
                    + "); an approved report is final");
        }
        if (versions.size() >= MAX_VERSIONS) {
            throw tooManyVersions(period);
        }
        Version numbered = next.numbered(version + 1);
        Report report = new Report(id, planId, period, unitId, parentUnitId, path, level, sector, assignmentId, dueDate,
                Status.SUBMITTED, numbered.version(), append(versions, numbered), decisions, appliedVersions,
                firstSubmittedAt, onTime, now);
        return new Change(report, report.submittedEvent(numbered));
    }

    /**
     * The parent unit's decision on the current version, which must still await one.
     *
     * @param readVersion the version the decider read, when given: a newer one makes it a conflict
     */
    Change decide(ApprovalDecision decision, String decidedBy, String comment, Integer readVersion, Instant now) {
        if (parentUnitId == null) {
            throw new ConflictException("unitId", "unit " + unitId + " has no parent unit to decide on its report");
        }
        if (readVersion != null && readVersion != version) {
            throw new ConflictException("version", "version " + readVersion + " is not the current one (" + version + ")");
        }
        if (status != Status.SUBMITTED) {
            throw new ConflictException("decision", "version " + version + " was already " + status);
        }
        Decision taken = new Decision(version, decision, decidedBy, parentUnitId, comment, now);
        Status next = decision == ApprovalDecision.APPROVE ? Status.APPROVED : Status.RETURNED;
        Report report = new Report(id, planId, period, unitId, parentUnitId, path, level, sector, assignmentId, dueDate,
                next, version, versions, append(decisions, taken), appliedVersions, firstSubmittedAt, onTime, now);
        return new Change(report, report.decidedEvent(taken));
    }

    static ConflictException tooManyVersions(String period) {
        return new ConflictException("period", "the report for " + period + " already has " + MAX_VERSIONS
                + " versions, the most one report keeps: ask the parent unit to decide on it");
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public Decision lastDecision() {
        return decisions.get(decisions.size() - 1);
    }

    public Version version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst().orElse(null);
    }

    /** Every event this state stands for; their ids make staging them again a no-op. */
    List<CloudEvent> events() {
        List<CloudEvent> events = new ArrayList<>();
        versions.forEach(v -> events.add(submittedEvent(v)));
        decisions.forEach(d -> events.add(decidedEvent(d)));
        return events;
    }

    private CloudEvent submittedEvent(Version v) {
        return CloudEvent.of("report-submitted:" + id + ":" + v.version(), id, v.submittedAt(),
                new ReportSubmitted(id, v.version(), planId, assignmentId, unitId, dueDate, period, v.submittedAt(),
                        parentUnitId, onTime));
    }

    private CloudEvent decidedEvent(Decision d) {
        return switch (d.decision()) {
            case APPROVE -> CloudEvent.of("report-approved:" + id + ":" + d.version(), id, d.decidedAt(),
                    new ReportApproved(id, d.version(), planId, unitId, parentUnitId, period, d.decidedBy(), d.comment(),
                            d.decidedAt()));
            case RETURN -> CloudEvent.of("report-returned:" + id + ":" + d.version(), id, d.decidedAt(),
                    new ReportReturned(id, d.version(), planId, unitId, parentUnitId, period, d.decidedBy(), d.comment(),
                            d.decidedAt()));
        };
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }
}
