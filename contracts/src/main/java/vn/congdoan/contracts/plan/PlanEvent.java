package vn.congdoan.contracts.plan;

/** What happens to a plan; the record key is the plan id. */
public sealed interface PlanEvent permits PlanIssued, PlanClosed {
    String planId();
}
