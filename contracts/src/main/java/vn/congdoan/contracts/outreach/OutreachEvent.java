package vn.congdoan.contracts.outreach;

/** What outreach-service publishes; the record key is {@link #key()}. */
public sealed interface OutreachEvent permits ActivityRecorded, ActivityCorrected, RosterUpdated, OutreachFactsUpdated {
    String key();
}
