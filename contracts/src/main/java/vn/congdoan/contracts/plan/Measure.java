package vn.congdoan.contracts.plan;

/** What a target's threshold counts. */
public enum Measure {
    /** per cent of members (đoàn viên, ĐVNLĐ) in scope */
    PERCENT_OF_MEMBERS,
    /** per cent of units in scope ("100% công đoàn cấp trên cơ sở") */
    PERCENT_OF_UNITS,
    /** an absolute number */
    COUNT
}
