package vn.congdoan.plan.issuing;

/** A plan is drafted (often by the document importer), issued, revised while issued, then closed. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED
}
