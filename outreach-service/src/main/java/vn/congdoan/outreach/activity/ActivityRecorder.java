package vn.congdoan.outreach.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.congdoan.events.Outbox;
import vn.congdoan.outreach.facts.FactsRefresher;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.outreach.roster.Rosters;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * Records and corrects activities. Each write stores the new version with {@code pending}, then
 * stages its event (id {@code activity:<id>:<version>}) and refreshes the facts of the unit-years
 * it touches (both, when a correction moves it to another unit or year), then clears
 * {@code pending}; a crash in between is finished by {@link #finishPending}.
 */
@Component
public class ActivityRecorder {
    private final Activities activities;
    private final ActivityRules rules;
    private final Outbox outbox;
    private final FactsRefresher facts;
    private final Clock clock;

    ActivityRecorder(Activities activities, UnitDirectory units, KnownPlans plans, Rosters rosters, Outbox outbox,
                FactsRefresher facts, Clock clock) {
        this.activities = activities;
        this.rules = new ActivityRules(units::find, plans::find, (unit, day) -> rosters.get(unit).asOf(day));
        this.outbox = outbox;
        this.facts = facts;
        this.clock = clock;
    }

    record Written(StoredActivity activity, List<FieldError> warnings, boolean created) {
    }

    /** A new activity; with an idempotency key, a repeat of the same request returns the first one. */
    Written record(ActivityRequest request, String idempotencyKey) {
        ActivityRules.Checked checked = rules.check(request);
        String id = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString();
        StoredActivity activity = StoredActivity.recorded(id, checked.state(), now());
        if (!activities.insert(activity)) {
            StoredActivity first = get(id);
            if (!first.revisions().getFirst().state().equals(checked.state())) {
                throw new ConflictException("Idempotency-Key", "was used for another activity, " + id);
            }
            return new Written(first, checked.warnings(), false);
        }
        publish(activity);
        return new Written(activity, checked.warnings(), true);
    }

    /** The whole new state of an activity, as version n+1; the same state again changes nothing. */
    Written correct(String id, ActivityRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidRequestException("reason", "is required: say why the activity is corrected");
        }
        StoredActivity current = get(id);
        if (request.expectedVersion() != null && request.expectedVersion() != current.version()) {
            throw new ConflictException("expectedVersion", "activity " + id + " is at version " + current.version());
        }
        ActivityRules.Checked checked = rules.check(request);
        if (checked.state().equals(current.current())) {
            return new Written(current, checked.warnings(), false);
        }
        StoredActivity next = current.corrected(checked.state(), request.reason().strip(), now());
        if (!activities.replace(next)) {
            throw new ConflictException("expectedVersion", "activity " + id + " was corrected meanwhile; read it again");
        }
        publish(next);
        return new Written(next, checked.warnings(), true);
    }

    StoredActivity get(String id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException("activity", id));
    }

    /** Finishes writes that a crash left unpublished (a few seconds old at least). */
    public void finishPending(Instant before) {
        activities.pendingSince(before).forEach(this::publish);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void publish(StoredActivity activity) {
        outbox.stage(activity.event());
        ActivityState now = activity.current();
        facts.refresh(now.unitId(), now.year());
        ActivityState before = activity.previous();
        if (before != null && !(Objects.equals(before.unitId(), now.unitId()) && before.year() == now.year())) {
            facts.refresh(before.unitId(), before.year());
        }
        activities.published(activity);
    }
}
