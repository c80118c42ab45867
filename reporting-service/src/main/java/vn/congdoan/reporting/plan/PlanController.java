package vn.congdoan.reporting.plan;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

@RestController
@Tag(name = "plans", description = "What reporting-service knows of a plan, and its timeliness rule")
class PlanController {
    private final KnownPlans plans;
    private final UnitScope scope;

    PlanController(KnownPlans plans, UnitScope scope) {
        this.plans = plans;
        this.scope = scope;
    }

    public record Timeliness(Integer allowedDays) {
    }

    @GetMapping("/api/plans/{planId}")
    PlanRecord get(@PathVariable String planId) {
        return visible(planId);
    }

    /** A plan issued by the caller's unit, one above it or one below it; any other does not exist for them. */
    private PlanRecord visible(String planId) {
        PlanRecord plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        scope.requireInLine(plan.issuingUnitId(), "plan", planId);
        return plan;
    }

    @PutMapping("/api/plans/{planId}/timeliness")
    @Operation(summary = "Days after the due date a report still counts as on time for this plan (null: the service default)")
    PlanRecord timeliness(@PathVariable String planId, @RequestBody Timeliness timeliness) {
        scope.requireOwn(visible(planId).issuingUnitId()); // the issuing unit's staff sets its plan's rules
        if (timeliness.allowedDays() != null && (timeliness.allowedDays() < 0 || timeliness.allowedDays() > 366)) {
            throw new InvalidRequestException("allowedDays", "must be between 0 and 366");
        }
        plans.setAllowedDays(planId, timeliness.allowedDays());
        return get(planId);
    }
}
