package vn.congdoan.outreach;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.outreach.activity.ActivityRecorder;
import vn.congdoan.outreach.facts.FactsRefresher;
import vn.congdoan.outreach.roster.RosterChanges;

/**
 * Finishes what a crash cut short: an activity or roster stored but its event not staged or its
 * facts not refreshed, facts stored but their event not staged. Everything is re-derived from
 * stored state with the same event ids, so running it twice, or on two instances, does no harm;
 * the lock only saves work.
 */
@Component
class PendingWork {
    private final ActivityRecorder activities;
    private final RosterChanges rosters;
    private final FactsRefresher facts;
    private final Clock clock;
    private final Duration grace;

    PendingWork(ActivityRecorder activities, RosterChanges rosters, FactsRefresher facts, Clock clock,
                @Value("${congdoan.outreach.repair-grace:30s}") Duration grace) {
        this.activities = activities;
        this.rosters = rosters;
        this.facts = facts;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${congdoan.outreach.repair-interval:30s}", initialDelayString = "${congdoan.outreach.repair-interval:30s}")
    @SchedulerLock(name = "outreach-pending-work", lockAtMostFor = SchedulerLocks.AT_MOST)
    void finish() {
        var before = clock.instant().minus(grace);
        activities.finishPending(before);
        rosters.finishPending(before);
        facts.finishPending(before);
    }
}
