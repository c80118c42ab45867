package vn.congdoan.contracts.plan;

/** Over which period a target is measured: each calendar year ("hằng năm") or the plan's whole term. */
public enum TargetPeriod {
    YEARLY, PLAN
}
