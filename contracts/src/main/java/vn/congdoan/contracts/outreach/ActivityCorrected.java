package vn.congdoan.contracts.outreach;

import java.time.Instant;

/** An activity was corrected: its whole new state (a higher version) and why. Key = activityId. */
public record ActivityCorrected(Activity activity, String reason, Instant correctedAt) implements OutreachEvent {
    @Override
    public String key() {
        return activity.activityId();
    }
}
