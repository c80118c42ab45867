package vn.congdoan.contracts.plan;

/** Where a target's figures come from: the units' reports, or the outreach activities they record. */
public enum TargetSource {
    REPORTS, OUTREACH
}
