package vn.congdoan.contracts.outreach;

import java.time.Instant;

/** A unit recorded an outreach activity (version 1). Key = activityId, on outreach.activities. */
public record ActivityRecorded(Activity activity, Instant recordedAt) implements OutreachEvent {
    @Override
    public String key() {
        return activity.activityId();
    }
}
