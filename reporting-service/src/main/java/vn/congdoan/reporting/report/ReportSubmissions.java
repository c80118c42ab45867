package vn.congdoan.reporting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.reporting.plan.KnownPlans;
import vn.congdoan.reporting.plan.PlanRecord;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.units.UnitReplica;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * Where reports are submitted and decided. A submission is accepted only from a unit the plan
 * expects it from, for an open period: the unit has an expected report for that plan and period,
 * the period has begun and the plan has not closed. A resubmission is version n+1 (while the report
 * awaits a decision or was returned); an approved report is final. A change is made one at a time
 * per report ({@link ReportSettlement#begin}): read, check, one write of the report by {@code _id},
 * then {@link ReportSettlement} stages its events and rollup delta. What a request can be checked
 * on alone is checked by its constraints (Bean Validation) before it arrives; this checks it against
 * the plans, the directory and the expected reports.
 */
@Component
public class ReportSubmissions {
    private final MongoTemplate mongo;
    private final KnownPlans plans;
    private final UnitReplica units;
    private final ReportSettlement settlement;
    private final Clock clock;
    private final int allowedDays;

    ReportSubmissions(MongoTemplate mongo, KnownPlans plans, UnitReplica units, ReportSettlement settlement, Clock clock,
               @Value("${reporting.timeliness.allowed-days:0}") int allowedDays) {
        this.mongo = mongo;
        this.plans = plans;
        this.units = units;
        this.settlement = settlement;
        this.clock = clock;
        this.allowedDays = allowedDays;
    }

    public Report submit(SubmitReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        PlanRecord plan = plans.find(request.planId()).orElse(null);
        if (plan == null) {
            errors.add(new FieldError("planId", "no issued plan " + request.planId() + " is known"));
        }
        ReplicatedUnit unit = required(request.unitId(), "unitId", errors) ? units.find(request.unitId()).orElse(null) : null;
        if (request.unitId() != null && unit == null) {
            errors.add(new FieldError("unitId", "no unit " + request.unitId() + " is in the directory"));
        }
        if (request.receivedOn() != null && request.receivedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("receivedOn", "is in the future: a report can only be entered once it has arrived"));
        }
        ReportForm form = ReportForm.read(request, unit == null ? null : unit.sector(), errors);
        Expectation expected = errors.isEmpty() ? expectation(plan, unit, request.period(), errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Instant now = clock.instant();
        Instant submittedAt = request.receivedOn() == null ? now : request.receivedOn().atStartOfDay(clock.getZone()).toInstant();
        String id = expected.id();
        ReportSettlement.Pending change = settlement.begin(id);
        try {
            Report existing = mongo.findById(id, Report.class);
            Boolean onTime = existing != null ? existing.onTime() : onTime(expected.dueDate(), submittedAt, plan);
            Report.Version version = Report.Version.unnumbered(form.counts(), form.flags(), request.narrative(),
                    request.submittedBy(), submittedAt, form.contribution(unit.level(), onTime).counts());
            if (existing == null) {
                create(Report.submitFirst(origin(expected, plan, unit), version, onTime, now).report());
            } else {
                storeVersion(existing.submit(version, now).report());
            }
        } catch (RuntimeException refused) {
            settlement.abandon(change);
            throw refused;
        }
        settlement.settle(change);
        return mongo.findById(id, Report.class);
    }

    private static Report.Origin origin(Expectation expected, PlanRecord plan, ReplicatedUnit unit) {
        return new Report.Origin(expected.id(), plan.planId(), expected.period(), unit.id(), unit.parentId(),
                expected.path(), unit.level(), unit.sector(), expected.assignmentId(), expected.dueDate());
    }

    public Report decide(String reportId, ApprovalRequest request) {
        List<FieldError> errors = new ArrayList<>();
        required(request.decidedBy(), "decidedBy", errors);
        Report report = find(reportId);
        if (request.unitId() != null && !request.unitId().equals(report.parentUnitId())) {
            errors.add(new FieldError("unitId", "only the parent unit " + report.parentUnitId() + " decides on this report"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ReportSettlement.Pending change = settlement.begin(reportId);
        try {
            Report decided = find(reportId).decide(request.decision(), request.decidedBy(), request.comment(),
                    request.version(), clock.instant()).report();
            mongo.updateFirst(byId(decided), new Update().push("decisions", decided.lastDecision())
                    .set("status", decided.status()).set("updatedAt", decided.updatedAt()), Report.class);
        } catch (RuntimeException refused) {
            settlement.abandon(change);
            throw refused;
        }
        settlement.settle(change);
        return find(reportId);
    }

    public Report find(String reportId) {
        Report report = mongo.findById(reportId, Report.class);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    private Expectation expectation(PlanRecord plan, ReplicatedUnit unit, String period, List<FieldError> errors) {
        Expectation direct = mongo.findById(Expectation.idOf(plan.planId(), period, unit.id()), Expectation.class);
        List<Expectation> owed = direct != null ? List.of(direct) : mongo.find(Query.query(Criteria.where("planId")
                .is(plan.planId()).and("unitId").is(unit.id())), Expectation.class);
        if (owed.isEmpty()) {
            errors.add(new FieldError("unitId", "unit " + unit.id() + " is not in the scope of plan " + plan.number()
                    + ": no report task of the plan is assigned to it"));
            return null;
        }
        Expectation match = owed.stream().filter(e -> e.period().equals(period)).findFirst().orElse(null);
        LocalDate today = LocalDate.now(clock);
        if (match == null) {
            errors.add(new FieldError("period", "no report for " + period + " is expected from this unit; expected: "
                    + owed.stream().map(Expectation::period).sorted().toList()));
        } else if (today.isBefore(Period.parse(period).orElseThrow().start())) {
            errors.add(new FieldError("period", "is not open yet: it starts on " + match.periodStart()));
        } else if (plan.closedOn() != null && today.isAfter(plan.closedOn())) {
            errors.add(new FieldError("period", "is closed: plan " + plan.number() + " closed on " + plan.closedOn()));
        }
        return match;
    }

    /** DHIS2's rule: submitted (in Viet Nam's calendar) by the due date plus the allowed days. */
    Boolean onTime(LocalDate dueDate, Instant submittedAt, PlanRecord plan) {
        if (dueDate == null) {
            return null;
        }
        int days = plan.allowedDays() != null ? plan.allowedDays() : allowedDays;
        return !LocalDate.ofInstant(submittedAt, clock.getZone()).isAfter(dueDate.plusDays(days));
    }

    private void create(Report report) {
        try {
            mongo.insert(report);
        } catch (DuplicateKeyException submittedMeanwhile) {
            throw new ConflictException("period", "a report for this plan, period and unit was submitted meanwhile");
        }
    }

    /**
     * Adds the report's new current version; the caller holds the report ({@link ReportSettlement#begin}).
     * The cap on versions holds in the same write: a concurrent resubmission cannot push one past it.
     */
    private void storeVersion(Report resubmitted) {
        Query belowCap = byId(resubmitted).addCriteria(Criteria.where("versions." + (Report.MAX_VERSIONS - 1)).exists(false));
        if (mongo.updateFirst(belowCap, new Update().push("versions", resubmitted.current())
                .set("version", resubmitted.version()).set("status", resubmitted.status())
                .set("updatedAt", resubmitted.updatedAt()), Report.class).getMatchedCount() == 0) {
            throw Report.tooManyVersions(resubmitted.period());
        }
    }

    private static Query byId(Report report) {
        return Query.query(Criteria.where("_id").is(report.id()));
    }

    private static boolean required(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        return true;
    }
}
