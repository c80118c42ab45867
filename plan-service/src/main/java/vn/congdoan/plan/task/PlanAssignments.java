package vn.congdoan.plan.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.task.TaskAssigned;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.ReminderPolicy;

/**
 * Writes the assignments of an issued plan revision and publishes each as TaskAssigned. Upserts by
 * a deterministic id (plan, task, unit), so writing a revision again (after a crash, or by the
 * repair) changes nothing, and a unit that keeps its task keeps its completions and reminders.
 */
@Component
public class PlanAssignments {
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    PlanAssignments(MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One task of one plan revision given to one unit. */
    public record NewAssignment(String planId, int planRevision, String planNumber, String taskId, String taskTitle,
                                boolean reportTask, String unitId, String parentUnitId, DeadlineRule rule,
                                PlanIssued.Deadline deadline, ReminderPolicy policy, LocalDate activeFrom,
                                LocalDate activeUntil) {
        public String id() {
            return planId + ":" + taskId + ":" + unitId;
        }
    }

    /** Upserts a batch in one bulk write, then stages its TaskAssigned events in one more. */
    public void write(List<NewAssignment> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Assignment.class);
        batch.forEach(a -> bulk.upsert(Query.query(Criteria.where("_id").is(a.id())), fields(a)));
        bulk.execute();
        outbox.stageAll(batch.stream().map(this::assigned).toList());
    }

    /**
     * Assignments of earlier revisions that the current one no longer has stop on {@code on} (also
     * those of a unit due to close later). Each
     * is announced again first, as TaskAssigned of this revision with {@code activeUntil = on}, so
     * that other services withdraw what they expected of the unit after that day (expected
     * reports, follow-up items). A crash between staging and marking leaves the plan's expansion
     * due; the repair runs this again and stages the same event ids, a no-op.
     */
    public long retireOlderThan(String planId, int revision, LocalDate on) {
        Query retiring = Query.query(Criteria.where("planId").is(planId).and("planRevision").lt(revision)
                .orOperator(Criteria.where("activeUntil").is(null), Criteria.where("activeUntil").gt(on)));
        outbox.stageAll(mongo.find(retiring, Assignment.class).stream().map(a -> retired(a, revision, on)).toList());
        return mongo.updateMulti(retiring, Update.update("activeUntil", on), Assignment.class).getModifiedCount();
    }

    /** The assignment as of {@code revision}, which no longer has it: active until {@code on}, its dates to the end of next year. */
    private CloudEvent retired(Assignment a, int revision, LocalDate on) {
        List<LocalDate> dates = a.rule().occurrences(a.activeFrom(), LocalDate.of(on.getYear() + 1, 12, 31));
        PlanIssued.Deadline deadline = new PlanIssued.Deadline(a.rule().kind(), null, a.rule().rrules(), dates);
        return CloudEvent.of("task-assigned:" + a.id() + ":r" + revision, a.id(), clock.instant(),
                new TaskAssigned(a.id(), a.planId(), revision, a.planNumber(), a.taskId(), a.taskTitle(), a.reportTask(),
                        a.unitId(), a.parentUnitId(), deadline, dates.stream().findFirst().orElse(null), a.activeFrom(), on));
    }

    /** A closed plan's assignments stop reminding after {@code on}. */
    public void closePlan(String planId, LocalDate on) {
        mongo.updateMulti(Query.query(Criteria.where("planId").is(planId).orOperator(
                        Criteria.where("activeUntil").is(null), Criteria.where("activeUntil").gt(on))),
                Update.update("activeUntil", on), Assignment.class);
    }

    private static Update fields(NewAssignment a) {
        return new Update().set("planId", a.planId()).set("planRevision", a.planRevision())
                .set("planNumber", a.planNumber()).set("taskId", a.taskId()).set("taskTitle", a.taskTitle())
                .set("reportTask", a.reportTask()).set("unitId", a.unitId()).set("parentUnitId", a.parentUnitId())
                .set("rule", a.rule()).set("policy", a.policy()).set("activeFrom", a.activeFrom())
                .set("activeUntil", a.activeUntil());
    }

    private CloudEvent assigned(NewAssignment a) {
        LocalDate first = a.rule().occurrences(a.activeFrom(), a.activeFrom().plusYears(2)).stream().findFirst().orElse(null);
        return CloudEvent.of("task-assigned:" + a.id() + ":r" + a.planRevision(), a.id(), clock.instant(),
                new TaskAssigned(a.id(), a.planId(), a.planRevision(), a.planNumber(), a.taskId(), a.taskTitle(),
                        a.reportTask(), a.unitId(), a.parentUnitId(), a.deadline(), first, a.activeFrom(), a.activeUntil()));
    }
}
