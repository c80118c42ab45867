package vn.congdoan.reporting.rollup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.security.UnitScope;

@RestController
@RequestMapping("/api/plans/{planId}/periods/{period}")
@Tag(name = "rollups", description = "Completeness, timeliness and summed figures of a unit's subtree")
class RollupController {
    private final RollupViews views;
    private final UnitScope scope;

    RollupController(RollupViews views, UnitScope scope) {
        this.views = views;
        this.scope = scope;
    }

    @GetMapping("/completeness")
    @Operation(summary = "Expected, submitted, on time, late and missing reports of the subtree, and per direct child")
    RollupViews.CompletenessView completeness(@PathVariable String planId, @PathVariable String period,
                                              @RequestParam String unitId) {
        scope.requireWithin(unitId);
        return views.completeness(planId, period, unitId);
    }

    @GetMapping("/rollup")
    @Operation(summary = "Summed figures of the subtree (members by sector, indicators, rates from the sums), and per direct child")
    RollupViews.RollupView rollup(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId) {
        scope.requireWithin(unitId);
        return views.rollup(planId, period, unitId);
    }
}
