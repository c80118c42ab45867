package vn.congdoan.contracts.target;

import vn.congdoan.contracts.plan.PlanIssued;

/**
 * reporting-service's verdict on one target of one plan, for one scope (the subtree of
 * {@code unitId}) and one measurement period. The record key is {@code evaluationId}
 * ({@code planId:targetId:unitId:period}); {@code ce_id} adds the verdict, so a re-run of the
 * evaluation repeats the same id and consumers drop it.
 */
public sealed interface TargetEvent permits TargetMet, TargetMissed, TargetAtRisk {
    String evaluationId();

    String planId();

    String unitId();

    PlanIssued.Target target();
}
