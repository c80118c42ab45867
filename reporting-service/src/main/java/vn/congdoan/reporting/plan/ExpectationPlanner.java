package vn.congdoan.reporting.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.reporting.rollup.Tally;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.units.UnitReplica;

/**
 * Turns report task assignments into expected reports. Each occurrence of the deadline names a
 * period ({@link Period#ofOccurrence}); the report is expected when the unit was active during that
 * period (from {@code activeFrom} to the earlier of {@code activeUntil} and its closing day), so a
 * unit closed mid-year still owes that year's report, as DHIS2 counts it. A new expectation adds
 * one expected report to the unit's rollup and every ancestor's: O(depth) increments.
 * <p>
 * An assignment a plan revision ended (published again with {@code activeUntil}) withdraws the
 * expected reports of later periods that were not reported.
 * <p>
 * An assignment for a unit the directory copy does not know yet (plan.units and plan.tasks are
 * separate topics) is parked and placed by {@link #placeParked()} once the unit arrives.
 */
public class ExpectationPlanner {
    private static final String EXPECTATIONS = "expectations";
    private final MongoTemplate mongo;
    private final UnitReplica units;
    private final Rollups rollups;

    public ExpectationPlanner(MongoTemplate mongo, UnitReplica units, Rollups rollups) {
        this.mongo = mongo;
        this.units = units;
        this.rollups = rollups;
    }

    public void assigned(TaskAssigned task) {
        if (!task.reportTask()) {
            return;
        }
        Optional<ReplicatedUnit> unit = units.find(task.unitId());
        if (unit.isEmpty()) {
            mongo.save(new ParkedAssignment(task.assignmentId() + ":" + task.planRevision(), task));
            return;
        }
        settle(task, unit.get());
    }

    @Scheduled(fixedDelayString = "${reporting.repair-interval:30s}")
    @SchedulerLock(name = "reporting-place-parked", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void placeParked() {
        List<ParkedAssignment> oldestRevisionFirst = mongo.findAll(ParkedAssignment.class).stream()
                .sorted(Comparator.comparingInt(parked -> parked.task().planRevision())).toList();
        for (ParkedAssignment parked : oldestRevisionFirst) {
            units.find(parked.task().unitId()).ifPresent(unit -> {
                settle(parked.task(), unit);
                mongo.remove(parked);
            });
        }
    }

    /** Expected reports of the assignment, one per period, each with its earliest due date. */
    public static Map<Period, LocalDate> expectedPeriods(TaskAssigned task, LocalDate unitClosedOn) {
        LocalDate until = task.activeUntil();
        if (unitClosedOn != null && (until == null || unitClosedOn.isBefore(until))) {
            until = unitClosedOn;
        }
        Map<Period, LocalDate> periods = new LinkedHashMap<>();
        List<LocalDate> occurrences = task.deadline() == null || task.deadline().occurrences() == null ? List.of()
                : task.deadline().occurrences();
        for (LocalDate occurrence : occurrences) {
            Period period = Period.ofOccurrence(task.deadline().kind(), occurrence);
            if (period.overlaps(task.activeFrom(), until)) {
                periods.merge(period, occurrence, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return periods;
    }

    private void settle(TaskAssigned task, ReplicatedUnit unit) {
        place(task, unit);
        withdraw(task, unit);
    }

    /**
     * Withdraws this assignment's expected reports of the periods it no longer covers, since a
     * revision ended it ({@code activeUntil}): each one not reported yet is removed, by key, and
     * taken off the rollups. One already reported stays: the unit did report. (A report settled
     * between the read and the removal would lose its expectation; revisions are rare enough that
     * this is left to the operator's attention rather than a scan-per-removal on the stand-in.)
     */
    private void withdraw(TaskAssigned task, ReplicatedUnit unit) {
        if (task.activeUntil() == null || task.deadline() == null || task.deadline().occurrences() == null) {
            return;
        }
        Set<Period> covered = expectedPeriods(task, unit.closedOn()).keySet();
        task.deadline().occurrences().stream().map(occurrence -> Period.ofOccurrence(task.deadline().kind(), occurrence))
                .distinct().filter(period -> !covered.contains(period)).forEach(period -> {
                    String id = Expectation.idOf(task.planId(), period.label(), unit.id());
                    Expectation expected = mongo.findById(id, Expectation.class);
                    if (expected == null || expected.reportId() != null || !task.assignmentId().equals(expected.assignmentId())) {
                        return;
                    }
                    rollups.addClaimed("withdrawn:" + id, task.planId(), period, expected.path(), Tally.builder()
                                    .add(Tally.EXPECTED, -1).add(Tally.expectedAt(expected.level()), -1).build(),
                            new Rollups.Evidence(EXPECTATIONS, id, false),
                            () -> mongo.remove(Query.query(Criteria.where("_id").is(id)), Expectation.class).getDeletedCount() == 1);
                });
    }

    private void place(TaskAssigned task, ReplicatedUnit unit) {
        List<String> path = Rollups.pathOf(unit);
        expectedPeriods(task, unit.closedOn()).forEach((period, due) -> {
            Expectation expectation = new Expectation(Expectation.idOf(task.planId(), period.label(), unit.id()),
                    task.planId(), period.label(), period.start(), period.end(), unit.id(), unit.parentId(), path,
                    unit.level(), unit.sector(), task.assignmentId(), due, task.activeFrom(), null);
            if (mongo.exists(Query.query(Criteria.where("_id").is(expectation.id())), Expectation.class)) {
                return;
            }
            rollups.addClaimed("expected:" + expectation.id(), task.planId(), period, path, Tally.builder()
                            .add(Tally.EXPECTED, 1).add(Tally.expectedAt(unit.level()), 1).build(),
                    new Rollups.Evidence(EXPECTATIONS, expectation.id(), true), () -> insertNew(expectation));
        });
    }

    private boolean insertNew(Expectation expectation) {
        try {
            mongo.insert(expectation);
            return true;
        } catch (DuplicateKeyException countedBefore) {
            return false;
        }
    }

    /** The expectations of a plan for one unit; empty when the unit is not in the plan's scope. */
    public List<Expectation> of(String planId, String unitId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("unitId").is(unitId)), Expectation.class);
    }

    @org.springframework.data.mongodb.core.mapping.Document("parkedAssignments")
    record ParkedAssignment(@org.springframework.data.annotation.Id String id, TaskAssigned task) {
    }
}
