package vn.congdoan.reporting.report;

/**
 * The counts a report carries per sector. MEMBERS (Số ĐVNLĐ) is the whole; the others are parts
 * of it and can never exceed it. A unit reports the members it holds directly (a grassroots union
 * all of its own); the rollups add them up the tree.
 */
public enum ReportMetric {
    MEMBERS(null),
    STUDY_SESSIONS(MEMBERS),
    SKILLS_TRAINING(MEMBERS);

    private final ReportMetric whole;

    ReportMetric(ReportMetric whole) {
        this.whole = whole;
    }

    /** The count this one is a part of; null for a whole. */
    public ReportMetric whole() {
        return whole;
    }
}
