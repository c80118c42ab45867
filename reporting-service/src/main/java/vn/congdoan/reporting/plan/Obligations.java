package vn.congdoan.reporting.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
 * An assignment for a unit the directory copy does not know yet (plan.units and plan.tasks are
 * separate topics) is parked and placed by {@link #placeParked()} once the unit arrives.
 */
public class Obligations {
    private final MongoTemplate mongo;
    private final UnitReplica units;
    private final Rollups rollups;

    public Obligations(MongoTemplate mongo, UnitReplica units, Rollups rollups) {
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
        place(task, unit.get());
    }

    @Scheduled(fixedDelayString = "${reporting.repair-interval:30s}")
    @SchedulerLock(name = "reporting-place-parked", lockAtMostFor = "PT5M")
    public void placeParked() {
        for (ParkedAssignment parked : mongo.findAll(ParkedAssignment.class)) {
            units.find(parked.task().unitId()).ifPresent(unit -> {
                place(parked.task(), unit);
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

    private void place(TaskAssigned task, ReplicatedUnit unit) {
        List<String> path = Rollups.pathOf(unit);
        expectedPeriods(task, unit.closedOn()).forEach((period, due) -> {
            Expectation expectation = new Expectation(Expectation.idOf(task.planId(), period.label(), unit.id()),
                    task.planId(), period.label(), period.start(), period.end(), unit.id(), unit.parentId(), path,
                    unit.level(), unit.sector(), task.assignmentId(), due, task.activeFrom(), null);
            try {
                mongo.insert(expectation);
            } catch (DuplicateKeyException countedBefore) {
                return;
            }
            rollups.add(task.planId(), period, path, Tally.builder().add(Tally.EXPECTED, 1)
                    .add(Tally.expectedAt(unit.level()), 1).build());
        });
    }

    /** The expectations of a plan for one unit; empty when the unit is not in the plan's scope. */
    public List<Expectation> of(String planId, String unitId) {
        return mongo.find(Query.query(Criteria.where("planId").is(planId).and("unitId").is(unitId)), Expectation.class);
    }

    @org.springframework.data.mongodb.core.mapping.Document("parkedAssignments")
    record ParkedAssignment(@org.springframework.data.annotation.Id String id, TaskAssigned task) {
    }
}
