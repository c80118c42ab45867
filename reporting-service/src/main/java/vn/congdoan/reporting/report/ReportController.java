package vn.congdoan.reporting.report;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.congdoan.security.Caller;
import vn.congdoan.security.OutOfScopeException;
import vn.congdoan.security.Role;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.PageView;

@RestController
@Tag(name = "reports", description = "Units' reports for a plan and period: submission, versions, approval")
class ReportController {
    private static final int MAX_PAGE = 500;
    private final ReportSubmissions submissions;
    private final MongoTemplate mongo;
    private final UnitScope scope;

    ReportController(ReportSubmissions submissions, MongoTemplate mongo, UnitScope scope) {
        this.submissions = submissions;
        this.mongo = mongo;
        this.scope = scope;
    }

    @PostMapping("/api/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit (or resubmit: a new version) a unit's report for a plan and period")
    ReportView submit(@Valid @RequestBody SubmitReportRequest request) {
        return ReportView.of(submissions.submit(signed(request)));
    }

    @PostMapping("/api/units/{unitId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit the report of the unit in the path")
    ReportView submitFor(@PathVariable String unitId, @Valid @RequestBody SubmitReportRequest request) {
        if (request.unitId() != null && !request.unitId().equals(unitId)) {
            throw new InvalidRequestException("unitId", "differs from the unit in the path (" + unitId + ")");
        }
        return ReportView.of(submissions.submit(signed(request.withUnit(unitId))));
    }

    /**
     * The unit's own officer submits; a report received on paper ({@code receivedOn}) is entered by
     * the parent unit's staff. Either way the submitter is the signed-in caller, not the body.
     */
    private SubmitReportRequest signed(SubmitReportRequest request) {
        Caller caller = scope.caller();
        if (request.receivedOn() != null) {
            if (!caller.has(Role.FEDERATION_STAFF)) {
                throw new OutOfScopeException("Chỉ cán bộ công đoàn cấp trên nhập báo cáo giấy / only the parent unit's staff"
                        + " enters a report received on paper (receivedOn)");
            }
            scope.requireParentOf(request.unitId());
        } else {
            scope.requireOwn(request.unitId());
        }
        return request.submittedBy(caller.name());
    }

    @GetMapping("/api/reports/{id}")
    @Operation(summary = "A report with every version and decision")
    ReportView get(@PathVariable String id) {
        return ReportView.of(visible(id));
    }

    /** A report outside the caller's subtree does not exist for them. */
    private Report visible(String id) {
        Report report = submissions.find(id);
        scope.requireVisible(report.unitId(), "report", id);
        return report;
    }

    @PostMapping("/api/reports/{id}/approval")
    @Operation(summary = "The parent unit approves the current version or returns it with a comment")
    ReportView decide(@PathVariable String id, @Valid @RequestBody ApprovalRequest request) {
        scope.requireParentOf(visible(id).unitId());
        return ReportView.of(submissions.decide(id, request.decidedBy(scope.caller().name())));
    }

    @GetMapping("/api/reports")
    @Operation(summary = "Reports of a unit's subtree (the unit and every unit below it), newest first")
    PageView<ReportView.Summary> list(@RequestParam String unitId, @RequestParam(required = false) String planId,
                                      @RequestParam(required = false) String period,
                                      @RequestParam(required = false) Report.Status status,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new InvalidRequestException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more"
                    : "must be between 1 and " + MAX_PAGE);
        }
        scope.requireWithin(unitId);
        Criteria criteria = Criteria.where("path").is(unitId);
        if (planId != null) {
            criteria.and("planId").is(planId);
        }
        if (period != null) {
            criteria.and("period").is(period);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        long total = mongo.count(Query.query(criteria), Report.class);
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt"));
        var items = mongo.find(Query.query(criteria).with(pageRequest), Report.class);
        return PageView.of(new PageImpl<>(items, pageRequest, total), ReportView::summary);
    }
}
