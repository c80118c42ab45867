package vn.congdoan.reporting.report;

/** What the parent unit decides on a report's current version; the JSON words are the names. */
public enum ApprovalDecision {
    /** The version is accepted: the report is final. */
    APPROVE,
    /** The version goes back to the unit with a comment saying what to correct. */
    RETURN
}
