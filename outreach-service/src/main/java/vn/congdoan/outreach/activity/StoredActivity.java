package vn.congdoan.outreach.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.outreach.Activity;
import vn.congdoan.contracts.outreach.ActivityCorrected;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.ActivityRecorded;
import vn.congdoan.events.CloudEvent;

/**
 * An activity with every version it has had ({@code revisions}, oldest first; the last is
 * {@code current}). The fields the list filters on are copied to the top. {@code pending} is true
 * from a write until its event is staged and the facts it touches are refreshed.
 */
@Document("activities")
@CompoundIndex(name = "unitYear", def = "{'unitId': 1, 'year': 1}")
@CompoundIndex(name = "unpublished", def = "{'pending': 1, 'changedAt': 1}")
record StoredActivity(@Id String id, long version, String unitId, String planId, ActivityForm form,
                      LocalDate startDate, LocalDate endDate, int year, ActivityState current,
                      List<Revision> revisions, boolean pending, Instant changedAt) {

    /** One version: its state, why it was made (null for the first) and when. */
    record Revision(long version, ActivityState state, String reason, Instant at) {
    }

    static StoredActivity recorded(String id, ActivityState state, Instant at) {
        return of(id, List.of(new Revision(1, state, null, at)), at);
    }

    StoredActivity corrected(ActivityState state, String reason, Instant at) {
        List<Revision> next = new ArrayList<>(revisions);
        next.add(new Revision(version + 1, state, reason, at));
        return of(id, next, at);
    }

    private static StoredActivity of(String id, List<Revision> revisions, Instant at) {
        Revision last = revisions.getLast();
        ActivityState s = last.state();
        return new StoredActivity(id, last.version(), s.unitId(), s.planId(), s.form(), s.startDate(), s.endDate(),
                s.year(), s, List.copyOf(revisions), true, at);
    }

    Activity activity() {
        return current.toActivity(id, version);
    }

    /** The state before the current one, if corrected. */
    ActivityState previous() {
        return revisions.size() < 2 ? null : revisions.get(revisions.size() - 2).state();
    }

    /** The event of the current version: recorded for the first, corrected after. */
    CloudEvent event() {
        Revision last = revisions.getLast();
        Object payload = version == 1 ? new ActivityRecorded(activity(), last.at())
                : new ActivityCorrected(activity(), last.reason(), last.at());
        return CloudEvent.of("activity:" + id + ":" + version, id, last.at(), payload);
    }
}
