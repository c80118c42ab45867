package vn.congdoan.reporting.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.plan.TargetSource;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.reporting.plan.PlanRecord;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.reporting.rollup.Tally;

/**
 * Evaluates a plan's targets on a day: per target with an indicator, per scope (the issuing unit's
 * subtree and each direct child's that has units in the plan) and per measurement period (each
 * calendar year of the plan for YEARLY, the plan's whole term for PLAN; a target's own horizon, when the
 * plan sets one, ends them instead) that has begun.
 * <p>
 * Report figures are cumulative: a period is judged on its latest report period that has reports
 * (the annual report over the 6-month one). Unit indicators whose source is OUTREACH count the units
 * of the target's level in scope with a matching outreach fact instead.
 */
@Component
public class TargetEvaluator {
    private final MongoTemplate mongo;
    private final Rollups rollups;
    private final OutreachFacts facts;
    private final BigDecimal margin;

    TargetEvaluator(MongoTemplate mongo, Rollups rollups, OutreachFacts facts,
                    @Value("${reporting.targets.at-risk-margin:10}") BigDecimal margin) {
        this.mongo = mongo;
        this.rollups = rollups;
        this.facts = facts;
        this.margin = margin;
    }

    public record Evaluation(String evaluationId, PlanIssued.Target target, String unitId, Period period,
                             LocalDate asOf, TargetVerdict verdict) {
        /** The CloudEvents id of what this evaluation publishes; null when it publishes nothing. */
        public String eventId() {
            return switch (verdict.status()) {
                case MET, MISSED -> "target-verdict:" + evaluationId + ":" + verdict.status();
                case AT_RISK -> "target-at-risk:" + evaluationId + ":" + isoWeek(asOf);
                default -> null;
            };
        }
    }

    static String isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public List<Evaluation> evaluate(PlanRecord plan, LocalDate asOf) {
        List<Evaluation> evaluations = new ArrayList<>();
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add(plan.issuingUnitId());
        scopes.addAll(rollups.childUnits(plan.planId(), plan.issuingUnitId()));
        for (PlanIssued.Target target : plan.targets()) {
            if (target.indicator() == null || target.threshold() == null || target.comparator() == null) {
                continue;
            }
            for (Period period : periods(plan, target, asOf)) {
                for (String scope : scopes) {
                    long[] figures = figures(plan, target, scope, period);
                    String evaluationId = plan.planId() + ":" + target.id() + ":" + scope + ":" + period.label();
                    evaluations.add(new Evaluation(evaluationId, target, scope, period, asOf,
                            TargetVerdict.judge(withMeasure(target), figures[0], figures[1], period, asOf, margin)));
                }
            }
        }
        return evaluations;
    }

    /** The indicator decides the arithmetic when the target does not name its measure. */
    private static PlanIssued.Target withMeasure(PlanIssued.Target t) {
        return t.measure() != null ? t : new PlanIssued.Target(t.id(), t.metric(), t.comparator(), t.threshold(),
                t.indicator().measure(), t.sector(), t.level(), t.period(), t.indicator(), t.source(), t.dueBy(),
                t.horizon(), t.qualifier());
    }

    /**
     * A target with a horizon ("đến hết năm 2023": {@code dueBy} 2023-12-31) is judged on that day: a PLAN
     * target over the plan's start to its horizon, a YEARLY one in each year up to it. Without one, the
     * plan's term ends the periods.
     */
    static List<Period> periods(PlanRecord plan, PlanIssued.Target target, LocalDate asOf) {
        LocalDate start = plan.issueDate() != null ? plan.issueDate() : asOf;
        LocalDate end = target.dueBy() != null ? target.dueBy()
                : plan.termEnd() != null ? plan.termEnd() : LocalDate.of(start.getYear() + 1, 12, 31);
        if (target.period() == TargetPeriod.PLAN) {
            return asOf.isBefore(start) ? List.of() : List.of(new Period("PLAN", start, end));
        }
        List<Period> years = new ArrayList<>();
        for (int year = start.getYear(); year <= Math.min(asOf.getYear(), end.getYear()); year++) {
            years.add(Period.year(year));
        }
        return years;
    }

    private long[] figures(PlanRecord plan, PlanIssued.Target target, String scope, Period period) {
        if (target.source() == TargetSource.OUTREACH && target.indicator().measure() == Measure.PERCENT_OF_UNITS) {
            Criteria inScope = Criteria.where("planId").is(plan.planId()).and("path").is(scope)
                    .and("periodEnd").gte(period.start()).and("periodStart").lte(period.end());
            if (target.level() != null) {
                inScope.and("level").is(target.level());
            }
            Query query = Query.query(inScope);
            query.fields().include("unitId");
            List<String> units = mongo.find(query, Expectation.class).stream().map(Expectation::unitId).distinct().toList();
            return new long[]{facts.covered(units, target.indicator().form(), plan.planId(), period).size(), units.size()};
        }
        Tally tally = rollups.periods(plan.planId(), scope).stream()
                .filter(row -> !row.period().start().isBefore(period.start()) && !row.period().end().isAfter(period.end()))
                .max(Comparator.comparing((Rollups.PeriodRow row) -> row.tally().get(Tally.SUBMITTED) > 0)
                        .thenComparing(row -> row.period().end()))
                .map(Rollups.PeriodRow::tally).orElse(Tally.ZERO);
        return TargetVerdict.fromReports(target, tally);
    }
}
