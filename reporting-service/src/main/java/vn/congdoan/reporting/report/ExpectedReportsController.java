package vn.congdoan.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.security.UnitScope;

/**
 * {@code /api/units/{unitId}/expected-reports}: every report the unit owes or has sent, by due date,
 * each with the state of its report (none yet, submitted, returned, approved): the officer's list.
 * For the unit's own officers and those of the units above it.
 */
@RestController
class ExpectedReportsController {
    private final MongoTemplate mongo;
    private final UnitScope scope;

    ExpectedReportsController(MongoTemplate mongo, UnitScope scope) {
        this.mongo = mongo;
        this.scope = scope;
    }

    @GetMapping("/api/units/{unitId}/expected-reports")
    @Operation(summary = "The reports the unit owes, by due date, with each one's status (null: not sent yet)")
    List<ExpectedReport> expected(@PathVariable String unitId) {
        scope.requireWithin(unitId);
        List<Expectation> expectations = mongo.find(Query.query(Criteria.where("unitId").is(unitId))
                .with(Sort.by("dueDate")), Expectation.class);
        Map<String, Report> reports = mongo.find(Query.query(Criteria.where("_id")
                        .in(expectations.stream().map(Expectation::id).toList())), Report.class).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        return expectations.stream().map(e -> ExpectedReport.of(e, reports.get(e.id()))).toList();
    }

    /** {@code id} is the report's id, whether or not it was sent yet. */
    record ExpectedReport(String id, String planId, String period, LocalDate periodStart, LocalDate periodEnd,
                          LocalDate dueDate, String assignmentId, Report.Status status, int version) {
        static ExpectedReport of(Expectation e, Report report) {
            return new ExpectedReport(e.id(), e.planId(), e.period(), e.periodStart(), e.periodEnd(), e.dueDate(),
                    e.assignmentId(), report == null ? null : report.status(), report == null ? 0 : report.version());
        }
    }
}
