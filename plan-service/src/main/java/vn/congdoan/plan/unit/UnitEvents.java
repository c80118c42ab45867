package vn.congdoan.plan.unit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;

/**
 * How a unit's change reaches {@code plan.units} with no transaction to tie the unit document
 * and the outbox together.
 * <ol>
 * <li>The change is written to the unit document with {@code version + 1} and
 * {@code eventPending: true}, in that one document write (conditional on the version read).</li>
 * <li>The {@code UnitChanged} is derived from that stored state and staged in the outbox with the
 * deterministic id {@code unitId:version}.</li>
 * <li>The pending mark is cleared, conditional on the version, so a newer change keeps its own.</li>
 * </ol>
 * A crash after 1 leaves the mark; {@link #restagePending()} stages the event from the stored
 * state later. A crash after 2 stages it again: same id, a duplicate key, nothing new. So every
 * stored version that is the latest for a while is published, and no event is ever published
 * for a state that was not stored. Versions overtaken before they were staged are skipped, which
 * is what a compacted topic of full states means anyway: consumers keep the highest version.
 */
@Component
class UnitEvents {
    private static final Logger log = LoggerFactory.getLogger(UnitEvents.class);
    private static final int REPAIR_BATCH = 500;

    private final Outbox outbox;
    private final Units units;
    private final Clock clock;

    UnitEvents(Outbox outbox, Units units, Clock clock) {
        this.outbox = outbox;
        this.units = units;
        this.clock = clock;
    }

    /** Stages the UnitChanged of each unit's stored version, then clears their pending marks. */
    void publish(Collection<Unit> written) {
        outbox.stageAll(written.stream()
                .map(unit -> CloudEvent.of(eventId(unit), unit.id(), clock.instant(), unit.toEvent())).toList());
        units.markStaged(written);
    }

    static String eventId(Unit unit) {
        return unit.id() + ":" + unit.version();
    }

    @Scheduled(fixedDelayString = "${congdoan.plan.unit-repair-interval:30s}",
            initialDelayString = "${congdoan.plan.unit-repair-interval:30s}")
    @SchedulerLock(name = "unit-events-restage", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void scheduledRestage() {
        restagePending();
    }

    /** The repair step: stages what a crashed or failed request left pending. Returns how many units. */
    int restagePending() {
        int total = 0;
        List<Unit> pending = units.withEventPending(REPAIR_BATCH);
        while (!pending.isEmpty()) {
            publish(pending);
            total += pending.size();
            pending = pending.size() < REPAIR_BATCH ? List.of() : units.withEventPending(REPAIR_BATCH);
        }
        if (total > 0) {
            log.info("re-staged UnitChanged for {} units left pending", total);
        }
        return total;
    }
}
