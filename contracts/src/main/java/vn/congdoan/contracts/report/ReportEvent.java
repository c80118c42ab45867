package vn.congdoan.contracts.report;

/** What happens to a unit's report; the record key is the report id. */
public sealed interface ReportEvent permits ReportSubmitted, ReportApproved, ReportReturned {
    String reportId();
}
