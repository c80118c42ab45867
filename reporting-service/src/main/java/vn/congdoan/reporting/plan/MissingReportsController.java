package vn.congdoan.reporting.plan;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.reporting.rollup.RollupViews;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.PageView;

@RestController
@Tag(name = "rollups", description = "Completeness, timeliness and summed figures of a unit's subtree")
class MissingReportsController {
    private final MissingReports missing;
    private final UnitScope scope;

    private final PlanPeriods periods;

    MissingReportsController(MissingReports missing, PlanPeriods periods, UnitScope scope) {
        this.missing = missing;
        this.periods = periods;
        this.scope = scope;
    }

    @GetMapping("/api/plans/{planId}/periods")
    @Operation(summary = "The periods the plan expects reports for in the unit's subtree, latest first, with dates and counts")
    List<PlanPeriods.PlanPeriod> periods(@PathVariable String planId, @RequestParam String unitId) {
        scope.requireWithin(unitId);
        return periods.of(planId, unitId);
    }

    @GetMapping("/api/plans/{planId}/periods/{period}/missing")
    @Operation(summary = "Units of the subtree whose expected report has not arrived")
    PageView<MissingReports.MissingUnit> missing(@PathVariable String planId, @PathVariable String period,
                                                 @RequestParam String unitId, @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "50") int size) {
        scope.requireWithin(unitId);
        RollupViews.check(period);
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException(page < 0 ? "page" : "size", "page from 0, size from 1 to 500");
        }
        return missing.page(planId, period, unitId, PageRequest.of(page, size));
    }
}
