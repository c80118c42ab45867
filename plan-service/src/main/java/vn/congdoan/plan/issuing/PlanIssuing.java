package vn.congdoan.plan.issuing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.plan.issuing.UnitScopes.UnitRef;
import vn.congdoan.plan.task.PlanAssignments;
import vn.congdoan.plan.task.PlanAssignments.NewAssignment;

/**
 * Turns an issued revision into assignments: each task's assignees, scopes expanded to the units
 * open on the issue date, written in batches with their TaskAssigned events. Idempotent: the
 * repair runs it again for any revision a crash left half-written ({@code expansionDue}).
 */
@Component
class PlanIssuing {
    private static final int BATCH = 1_000;

    private final MongoTemplate mongo;
    private final UnitScopes units;
    private final PlanAssignments assignments;
    private final Clock clock;

    PlanIssuing(MongoTemplate mongo, UnitScopes units, PlanAssignments assignments, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Brings the assignments in line with the plan's stored state; returns the plan as stored after. */
    Plan settle(Plan plan) {
        Plan settled = Boolean.TRUE.equals(plan.expansionDue()) ? expand(plan) : plan;
        if (settled.status() == PlanStatus.CLOSED) {
            assignments.closePlan(plan.id(), settled.closedOn());
        }
        return settled;
    }

    /**
     * How many units each of the plan's tasks would reach if it were issued as it stands: the same
     * expansion as issuing (scopes to the units open on the issue date), counted, nothing written.
     */
    List<TaskReach> reach(Plan plan) {
        List<TaskReach> reach = new ArrayList<>();
        for (TaskSpec task : plan.content().tasks()) {
            List<AssigneeReach> assignees = new ArrayList<>();
            for (AssigneeSpec assignee : task.assignees()) {
                AtomicLong count = new AtomicLong();
                unitsOf(plan, assignee, unit -> count.incrementAndGet());
                assignees.add(new AssigneeReach(assignee, count.get()));
            }
            reach.add(new TaskReach(task.id(), task.title(), assignees.stream().mapToLong(AssigneeReach::units).sum(), assignees));
        }
        return reach;
    }

    /** @param units how many units the task reaches on the issue date, over all its assignees */
    record TaskReach(String taskId, String title, long units, List<AssigneeReach> assignees) {
    }

    record AssigneeReach(AssigneeSpec assignee, long units) {
    }

    /** Writes the revision's assignments and records how many. */
    private Plan expand(Plan plan) {
        archive(plan);
        List<NewAssignment> batch = new ArrayList<>(BATCH);
        AtomicLong count = new AtomicLong();
        for (TaskSpec task : plan.content().tasks()) {
            for (AssigneeSpec assignee : task.assignees()) {
                unitsOf(plan, assignee, unit -> {
                    batch.add(assignment(plan, task, unit));
                    count.incrementAndGet();
                    if (batch.size() == BATCH) {
                        assignments.write(batch);
                        batch.clear();
                    }
                });
            }
        }
        assignments.write(batch);
        assignments.retireOlderThan(plan.id(), plan.revision(), LocalDate.now(clock));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.id()).and("revision").is(plan.revision())),
                new Update().unset("expansionDue").set("assignmentCount", count.get()), Plan.class);
        return mongo.findById(plan.id(), Plan.class);
    }

    private void unitsOf(Plan plan, AssigneeSpec assignee, java.util.function.Consumer<UnitRef> each) {
        LocalDate issued = plan.content().issueDate();
        if (assignee.isScope()) {
            units.forEachInScope(plan.content().issuingUnitId(), assignee, issued, each);
        } else {
            units.unit(assignee.unitId()).filter(unit -> unit.openOn(issued)).ifPresent(each);
        }
    }

    private static NewAssignment assignment(Plan plan, TaskSpec task, UnitRef unit) {
        PlanContent c = plan.content();
        LocalDate activeFrom = unit.openedOn().isAfter(c.issueDate()) ? unit.openedOn() : c.issueDate();
        return new NewAssignment(plan.id(), plan.revision(), c.number(), task.id(), task.title(), task.reportTask(),
                unit.id(), unit.parentId(), task.deadline(), task.published(c.issueDate()).deadline(), c.reminders(),
                activeFrom, unit.closedOn());
    }

    /** Every issued revision is kept as it was. */
    private void archive(Plan plan) {
        try {
            mongo.insert(new PlanRevision(plan.id() + ":r" + plan.revision(), plan.id(), plan.revision(),
                    plan.content(), Instant.now(clock)));
        } catch (DuplicateKeyException alreadyArchived) {
            // written by an earlier attempt at this revision
        }
    }
}
