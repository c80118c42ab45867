package vn.congdoan.contracts.outreach;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * One outreach activity as it stands after a change: the whole state, so that a consumer never
 * calls outreach-service back. {@code version} grows with every correction; keep the highest.
 *
 * @param planId     the plan it serves; null for an activity no plan asked for
 * @param attendance who came, for gatherings; zeros otherwise
 * @param reach      views, shares and reactions, for posts; zeros otherwise
 */
public record Activity(String activityId, long version, String unitId, String planId, String taskId,
                       ActivityForm form, String title, LocalDate startDate, LocalDate endDate, String audience,
                       Attendance attendance, Reach reach, List<URI> evidence) {
    public Activity {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Attendance by group: members, workers who are not members, union officers. */
    public record Attendance(long members, long nonMemberWorkers, long officers) {
        public static final Attendance NONE = new Attendance(0, 0, 0);

        public long total() {
            return members + nonMemberWorkers + officers;
        }
    }

    public record Reach(long views, long shares, long reactions) {
        public static final Reach NONE = new Reach(0, 0, 0);
    }
}
