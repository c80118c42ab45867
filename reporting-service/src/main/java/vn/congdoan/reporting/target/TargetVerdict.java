package vn.congdoan.reporting.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.rollup.Rates;
import vn.congdoan.reporting.rollup.Tally;

/**
 * The arithmetic of one target in one scope and period: its figure from summed counts and what
 * that means on {@code asOf}. After the period: MET or MISSED by the comparator. During it: AT_RISK
 * when progress (the figure as a share of the threshold) trails the elapsed share of the period by
 * more than {@code margin} percentage points, else ON_TRACK. Before it: NOT_STARTED. A percentage
 * whose denominator is 0 (no report of the scope has members of the sector, or no unit of the level
 * is expected) is NO_DATA: missing reports show in completeness, not as a missed target.
 */
public record TargetVerdict(Status status, long numerator, long denominator, BigDecimal value,
                            BigDecimal progressPercent, BigDecimal elapsedPercent) {

    public enum Status { MET, MISSED, AT_RISK, ON_TRACK, NOT_STARTED, NO_DATA }

    public static TargetVerdict judge(PlanIssued.Target target, long numerator, long denominator, Period period,
                                      LocalDate asOf, BigDecimal margin) {
        BigDecimal value = target.measure() == Measure.COUNT ? BigDecimal.valueOf(numerator)
                : Rates.percent(numerator, denominator);
        BigDecimal progress = Rates.percent(value, target.threshold());
        BigDecimal elapsed = BigDecimal.valueOf(period.elapsedDays(asOf) * 100)
                .divide(BigDecimal.valueOf(period.days()), 1, RoundingMode.HALF_UP);
        Status status;
        if (asOf.isBefore(period.start())) {
            status = Status.NOT_STARTED;
        } else if (target.measure() != Measure.COUNT && denominator == 0) {
            status = Status.NO_DATA;
        } else if (asOf.isAfter(period.end())) {
            status = target.comparator().holds(value, target.threshold()) ? Status.MET : Status.MISSED;
        } else {
            status = progress.compareTo(elapsed.subtract(margin)) < 0 ? Status.AT_RISK : Status.ON_TRACK;
        }
        return new TargetVerdict(status, numerator, target.measure() == Measure.COUNT ? 1 : denominator, value,
                progress, elapsed);
    }

    /**
     * Numerator and denominator of a target from a subtree's summed report figures. Member
     * indicators: the indicator's members over all members, of the target's sector (both sectors
     * when it names none). Unit indicators: units of the target's level (any level when it names
     * none) that reported doing it, over the units of that level expected to report.
     */
    public static long[] fromReports(PlanIssued.Target target, Tally tally) {
        Indicator indicator = target.indicator();
        if (indicator.measure() == Measure.PERCENT_OF_UNITS) {
            List<UnitLevel> levels = target.level() == null ? Arrays.asList(UnitLevel.values()) : List.of(target.level());
            return new long[]{levels.stream().mapToLong(l -> tally.get(Tally.flag(indicator, l))).sum(),
                    levels.stream().mapToLong(l -> tally.get(Tally.expectedAt(l))).sum()};
        }
        List<Sector> sectors = target.sector() == null ? Arrays.asList(Sector.values()) : List.of(target.sector());
        return new long[]{sectors.stream().mapToLong(s -> tally.get(Tally.count(indicator.name(), s))).sum(),
                sectors.stream().mapToLong(s -> tally.get(Tally.count(Tally.MEMBERS, s))).sum()};
    }
}
