package vn.congdoan.notification.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.task.TaskAssigned;

/**
 * What a parent unit follows up: every assignment of a task to one of its children and, per due
 * date, whether the child has done it (TaskCompleted, or ReportSubmitted for a report task).
 * Order-safe and idempotent: every write is an upsert by a deterministic id; an assignment sets
 * its fields and leaves {@code done} as it was, a completion sets only {@code done}, so a
 * completion seen before its assignment is kept.
 */
public class FollowUps {
    private static final String OCCURRENCES = "followUps";

    private final MongoTemplate mongo;

    public FollowUps(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void assigned(TaskAssigned e) {
        mongo.save(new Assignment(e.assignmentId(), e.planId(), e.planNumber(), e.taskId(), e.taskTitle(), e.reportTask(),
                e.unitId(), e.parentUnitId()));
        if (e.parentUnitId() == null) {
            return;
        }
        dropEnded(e);
        List<LocalDate> occurrences = occurrences(e);
        if (occurrences.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Occurrence.class);
        for (LocalDate due : occurrences) {
            bulk.upsert(Query.query(Criteria.where("_id").is(Occurrence.idOf(e.assignmentId(), due))),
                    new Update().set("assignmentId", e.assignmentId()).set("parentUnitId", e.parentUnitId())
                            .set("unitId", e.unitId()).set("planId", e.planId()).set("planNumber", e.planNumber())
                            .set("taskId", e.taskId()).set("taskTitle", e.taskTitle()).set("reportTask", e.reportTask())
                            .set("dueDate", due).setOnInsert("done", false));
        }
        bulk.execute();
    }

    /**
     * An assignment a plan revision ended ({@code activeUntil}) is followed no more after that day:
     * its later due dates leave the parent's follow-up, each removed by key.
     */
    private void dropEnded(TaskAssigned e) {
        if (e.activeUntil() == null || e.deadline() == null || e.deadline().occurrences() == null) {
            return;
        }
        List<LocalDate> ended = e.deadline().occurrences().stream().filter(date -> date.isAfter(e.activeUntil())).toList();
        if (!ended.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Occurrence.class);
            ended.forEach(date -> bulk.remove(Query.query(Criteria.where("_id").is(Occurrence.idOf(e.assignmentId(), date)))));
            bulk.execute();
        }
    }

    /**
     * Marks one due date done. An assignment known to have no parent unit is followed by nobody:
     * nothing is written. One not known yet (the completion came first) gets a record that no
     * follow-up reads until its assignment names the parent.
     */
    public void completed(String assignmentId, LocalDate dueDate, LocalDate on) {
        if (assignment(assignmentId).filter(a -> a.parentUnitId() == null).isPresent()) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(Occurrence.idOf(assignmentId, dueDate))),
                new Update().set("done", true).set("doneOn", on).setOnInsert("assignmentId", assignmentId)
                        .setOnInsert("dueDate", dueDate).setOnInsert("reportTask", false), Occurrence.class);
    }

    public Optional<Assignment> assignment(String assignmentId) {
        return Optional.ofNullable(mongo.findById(assignmentId, Assignment.class));
    }

    /**
     * Occurrences due in [from, to] that a parent unit follows, of every parent unit or of one.
     * Each record is read on its own: one that cannot be read (written by an older version, or
     * damaged) is set aside by id and the others are still returned.
     */
    public Due dueBetween(LocalDate from, LocalDate to, String parentUnitId) {
        Criteria due = Criteria.where("dueDate").gte(from).lte(to);
        due = parentUnitId != null ? due.and("parentUnitId").is(parentUnitId) : due.and("parentUnitId").ne(null);
        Query query = Query.query(due);
        query.cursorBatchSize(5_000);
        List<Occurrence> readable = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (org.bson.Document record : mongo.find(query, org.bson.Document.class, OCCURRENCES)) {
            try {
                readable.add(mongo.getConverter().read(Occurrence.class, record));
            } catch (RuntimeException e) {
                unreadable.add(new Unreadable(String.valueOf(record.get("_id")), e.getMessage()));
            }
        }
        return new Due(readable, unreadable);
    }

    /** The occurrences a follow-up reads, and the records it had to leave out with why. */
    public record Due(List<Occurrence> readable, List<Unreadable> unreadable) {
    }

    /** A stored occurrence that could not be read: its id and the reason. */
    public record Unreadable(String id, String reason) {
    }

    /** The due dates to follow: the rule's dates while the assignment is active, else its first due date. */
    static List<LocalDate> occurrences(TaskAssigned e) {
        List<LocalDate> dates = new ArrayList<>();
        if (e.deadline() != null && e.deadline().occurrences() != null) {
            for (LocalDate date : e.deadline().occurrences()) {
                boolean active = (e.activeFrom() == null || !date.isBefore(e.activeFrom()))
                        && (e.activeUntil() == null || !date.isAfter(e.activeUntil()));
                if (active) {
                    dates.add(date);
                }
            }
        }
        if (dates.isEmpty() && e.dueDate() != null && (e.activeUntil() == null || !e.dueDate().isAfter(e.activeUntil()))) {
            dates.add(e.dueDate());
        }
        return dates;
    }

    /** One assignment, as TaskAssigned told: it names the task of a submitted report. */
    @Document("followUpAssignments")
    public record Assignment(@Id String assignmentId, String planId, String planNumber, String taskId, String taskTitle,
                             boolean reportTask, String unitId, String parentUnitId) {
    }

    /** One due date of one assignment, and whether the child has done it. */
    @Document(OCCURRENCES)
    @CompoundIndex(name = "due", def = "{'dueDate': 1}")
    @CompoundIndex(name = "parentDue", def = "{'parentUnitId': 1, 'dueDate': 1}")
    public record Occurrence(@Id String id, String assignmentId, String parentUnitId, String unitId, String planId,
                             String planNumber, String taskId, String taskTitle, boolean reportTask, LocalDate dueDate,
                             boolean done, LocalDate doneOn) {

        static String idOf(String assignmentId, LocalDate dueDate) {
            return assignmentId + "|" + dueDate;
        }
    }
}
