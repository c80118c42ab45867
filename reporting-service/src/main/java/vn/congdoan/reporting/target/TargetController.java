package vn.congdoan.reporting.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.reporting.plan.KnownPlans;
import vn.congdoan.reporting.plan.PlanRecord;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

@RestController
@Tag(name = "targets", description = "Target evaluation: current figures and verdicts; run the evaluation now")
class TargetController {
    private final KnownPlans plans;
    private final TargetEvaluator evaluator;
    private final TargetJob job;
    private final Clock clock;
    private final UnitScope scope;

    TargetController(KnownPlans plans, TargetEvaluator evaluator, TargetJob job, Clock clock, UnitScope scope) {
        this.plans = plans;
        this.evaluator = evaluator;
        this.job = job;
        this.clock = clock;
        this.scope = scope;
    }

    public record TargetFigures(String evaluationId, String targetId, String metric, String unitId, String period,
                                LocalDate periodEnd, TargetVerdict verdict) {
    }

    @GetMapping("/api/plans/{planId}/targets")
    @Operation(summary = "Each target's figures per scope and period on asOf (default today): MET/MISSED after the period, AT_RISK/ON_TRACK during it")
    List<TargetFigures> targets(@PathVariable String planId, @RequestParam(required = false) LocalDate asOf) {
        PlanRecord plan = plans.find(planId).filter(p -> p.revision() > 0)
                .orElseThrow(() -> new NotFoundException("plan", planId));
        scope.requireInLine(plan.issuingUnitId(), "plan", planId);
        return evaluator.evaluate(plan, asOf != null ? asOf : LocalDate.now(clock)).stream()
                .filter(e -> scope.sees(e.unitId())) // the figures of the caller's subtree only
                .map(e -> new TargetFigures(e.evaluationId(), e.target().id(), e.target().metric(), e.unitId(),
                        e.period().label(), e.period().end(), e.verdict())).toList();
    }

    @PostMapping("/api/evaluations")
    @Operation(summary = "Evaluate every plan's targets now (as of asOf, default today) and publish verdicts and risks")
    TargetJob.Run evaluate(@RequestParam(required = false) LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            // verdicts are final: none may be published for a period that has not happened yet
            throw new InvalidRequestException("asOf", "must not be in the future (today is " + today + ")");
        }
        return job.run(asOf != null ? asOf : today);
    }
}
