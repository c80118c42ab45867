package vn.congdoan.contracts.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.congdoan.contracts.plan.PlanIssued;

/**
 * The period closed and the target was reached in the subtree of {@code unitId}.
 *
 * @param ownerUnitId the unit that issued the plan
 * @param numerator   members (or units) that did it, summed over the scope
 * @param denominator members (or units) in scope; 1 for a COUNT target
 * @param value       the figure compared with the threshold: a percentage with one decimal, or the count
 */
public record TargetMet(String evaluationId, String planId, String planNumber, String ownerUnitId, String unitId,
                        PlanIssued.Target target, String period, LocalDate periodEnd, long numerator,
                        long denominator, BigDecimal value, Instant evaluatedAt) implements TargetEvent {
}
