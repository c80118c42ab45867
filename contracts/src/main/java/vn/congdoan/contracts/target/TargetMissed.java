package vn.congdoan.contracts.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.congdoan.contracts.plan.PlanIssued;

/** The period closed and the target was not reached in the subtree of {@code unitId}; fields as {@link TargetMet}. */
public record TargetMissed(String evaluationId, String planId, String planNumber, String ownerUnitId, String unitId,
                           PlanIssued.Target target, String period, LocalDate periodEnd, long numerator,
                           long denominator, BigDecimal value, Instant evaluatedAt) implements TargetEvent {
}
