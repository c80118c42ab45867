package vn.congdoan.plan.unit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;

/**
 * Makes a moved unit's descendants follow it. The move itself is one write of the moved unit,
 * which carries a {@code branchPending} mark; the descendants' ancestors are derived data,
 * re-derived here from the moved unit's stored lineage. Each descendant whose ancestors differ
 * gets a new version and its own UnitChanged. The mark is cleared only when every descendant
 * agrees, so a crash half-way through a branch is rolled forward by {@link #followPending()}.
 */
@Component
class UnitBranches {
    private static final Logger log = LoggerFactory.getLogger(UnitBranches.class);

    private final Units units;
    private final UnitEvents events;

    UnitBranches(Units units, UnitEvents events) {
        this.units = units;
        this.events = events;
    }

    /** Re-derives the ancestors of every unit below {@code moved}; returns how many changed. */
    int follow(Unit moved) {
        List<Unit> written = new ArrayList<>();
        boolean complete = true;
        for (Unit descendant : units.descendants(moved.id())) {
            List<String> expected = expectedAncestors(moved, descendant);
            if (!expected.equals(descendant.ancestors())) {
                long read = descendant.version();
                descendant.reroot(expected);
                if (units.replace(descendant, read)) {
                    written.add(descendant);
                } else {
                    complete = false;
                }
            }
        }
        events.publish(written);
        if (complete) {
            units.markBranchFollowed(moved);
        }
        return written.size();
    }

    /** A descendant keeps the part of its ancestors below the moved unit, under the moved unit's lineage. */
    static List<String> expectedAncestors(Unit moved, Unit descendant) {
        List<String> ancestors = descendant.ancestors();
        List<String> expected = new ArrayList<>(moved.lineage());
        expected.addAll(ancestors.subList(ancestors.indexOf(moved.id()) + 1, ancestors.size()));
        return expected;
    }

    @Scheduled(fixedDelayString = "${congdoan.plan.unit-repair-interval:30s}",
            initialDelayString = "${congdoan.plan.unit-repair-interval:30s}")
    @SchedulerLock(name = "unit-branches-follow", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void scheduledFollow() {
        followPending();
    }

    /** The repair step: finishes the branches of moves a crash interrupted, deepest move first. */
    int followPending() {
        int total = 0;
        List<Unit> pending = new ArrayList<>(units.withBranchPending(100));
        pending.sort((a, b) -> b.ancestors().size() - a.ancestors().size());
        for (Unit moved : pending) {
            total += follow(moved);
        }
        if (total > 0) {
            log.info("re-derived the ancestors of {} units below interrupted moves", total);
        }
        return total;
    }
}
