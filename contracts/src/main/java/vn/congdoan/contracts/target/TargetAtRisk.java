package vn.congdoan.contracts.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.congdoan.contracts.plan.PlanIssued;

/**
 * During the period, progress towards the target trails the elapsed share of the period by more
 * than the configured margin: {@code progressPercent} (value as a share of the threshold) is
 * below {@code elapsedPercent} minus the margin. Other fields as {@link TargetMet}.
 */
public record TargetAtRisk(String evaluationId, String planId, String planNumber, String ownerUnitId, String unitId,
                           PlanIssued.Target target, String period, LocalDate periodEnd, long numerator,
                           long denominator, BigDecimal value, BigDecimal progressPercent, BigDecimal elapsedPercent,
                           Instant evaluatedAt) implements TargetEvent {
}
