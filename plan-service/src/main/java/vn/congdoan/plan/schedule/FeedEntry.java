package vn.congdoan.plan.schedule;

import java.time.LocalDate;
import java.util.Objects;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * One assignment of a unit as its calendar feed shows it.
 *
 * @param uid         stable across renders (e.g. the assignment id), so a calendar updates the event
 *                    instead of duplicating it
 * @param summary     the task title, in Vietnamese
 * @param description the plan number and title
 * @param rule        when the assignment falls due
 * @param firstDue    the first upcoming occurrence: the event's DTSTART
 */
public record FeedEntry(String uid, String summary, String description, DeadlineRule rule, LocalDate firstDue) {

    public FeedEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(firstDue, "firstDue");
    }
}
