package vn.congdoan.reporting.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.contracts.target.TargetAtRisk;
import vn.congdoan.contracts.target.TargetMet;
import vn.congdoan.contracts.target.TargetMissed;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.reporting.plan.KnownPlans;
import vn.congdoan.reporting.plan.PlanRecord;

/**
 * Evaluates every issued plan's targets and publishes what changed: TargetMet or TargetMissed once
 * per evaluation and verdict after its period closed ({@code target-verdict:<evaluationId>:<MET|MISSED>};
 * a late report that turns a verdict publishes the other one), TargetAtRisk at most once per
 * evaluation and ISO week while progress trails ({@code target-at-risk:<evaluationId>:<2026-W47>}).
 * Runs on a schedule (one instance at a time) and on demand.
 */
@Component
public class TargetJob {
    private final KnownPlans plans;
    private final TargetEvaluator evaluator;
    private final Outbox outbox;
    private final Clock clock;

    TargetJob(KnownPlans plans, TargetEvaluator evaluator, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Run(LocalDate asOf, int plans, int evaluations, int published) {
    }

    @Scheduled(cron = "${reporting.targets.evaluation-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "reporting-target-evaluation", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void scheduled() {
        run(LocalDate.now(clock));
    }

    public Run run(LocalDate asOf) {
        int evaluations = 0;
        int published = 0;
        List<PlanRecord> issued = plans.issued();
        for (PlanRecord plan : issued) {
            List<CloudEvent> events = new ArrayList<>();
            for (TargetEvaluator.Evaluation evaluation : evaluator.evaluate(plan, asOf)) {
                evaluations++;
                if (evaluation.eventId() != null) {
                    events.add(event(plan, evaluation));
                }
            }
            published += outbox.stageAll(events);
        }
        return new Run(asOf, issued.size(), evaluations, published);
    }

    private CloudEvent event(PlanRecord plan, TargetEvaluator.Evaluation e) {
        Instant now = clock.instant();
        TargetVerdict v = e.verdict();
        Object payload = switch (v.status()) {
            case MET -> new TargetMet(e.evaluationId(), plan.planId(), plan.number(), plan.issuingUnitId(), e.unitId(),
                    e.target(), e.period().label(), e.period().end(), v.numerator(), v.denominator(), v.value(), now);
            case MISSED -> new TargetMissed(e.evaluationId(), plan.planId(), plan.number(), plan.issuingUnitId(),
                    e.unitId(), e.target(), e.period().label(), e.period().end(), v.numerator(), v.denominator(),
                    v.value(), now);
            default -> new TargetAtRisk(e.evaluationId(), plan.planId(), plan.number(), plan.issuingUnitId(), e.unitId(),
                    e.target(), e.period().label(), e.period().end(), v.numerator(), v.denominator(), v.value(),
                    v.progressPercent(), v.elapsedPercent(), now);
        };
        return CloudEvent.of(e.eventId(), e.evaluationId(), now, payload);
    }
}
