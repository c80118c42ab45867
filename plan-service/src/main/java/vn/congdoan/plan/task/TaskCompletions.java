package vn.congdoan.plan.task;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * A unit completes one occurrence of its task: the completion and the "unannounced" flag are one
 * atomic document update, then {@link CompletionAnnouncer} stages TaskCompleted. Reminders for that
 * occurrence stop at the next sweep, because the sweep reads the completions.
 */
@Component
class TaskCompletions {
    private final MongoTemplate mongo;
    private final CompletionAnnouncer announcer;
    private final Clock clock;

    TaskCompletions(MongoTemplate mongo, CompletionAnnouncer announcer, Clock clock) {
        this.mongo = mongo;
        this.announcer = announcer;
        this.clock = clock;
    }

    Assignment complete(String assignmentId, CompleteTaskRequest request, String completedBy) {
        Assignment assignment = store(assignmentId, request, completedBy);
        announcer.announce(assignment);
        return assignment;
    }

    /** The state change alone; a crash right after it is repaired by the announcer. */
    Assignment store(String assignmentId, CompleteTaskRequest request, String completedBy) {
        Assignment assignment = find(assignmentId);
        LocalDate today = LocalDate.now(clock);
        LocalDate occurrence = request.occurrence();
        if (assignment.rule().occurrences(occurrence, occurrence).isEmpty()) {
            throw new InvalidRequestException("occurrence", occurrence + " is not a due date of this task's deadline");
        }
        LocalDate completedOn = request.completedOn() == null ? today : request.completedOn();
        if (completedOn.isAfter(today)) {
            throw new InvalidRequestException("completedOn", "is in the future: " + completedOn);
        }
        Completion completion = new Completion(occurrence, completedOn, request.note(), request.evidenceUrl(),
                completedBy);
        Assignment updated = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(assignmentId).and("completions.occurrence").ne(occurrence)),
                new Update().push("completions", completion).set("unannounced", true),
                FindAndModifyOptions.options().returnNew(true), Assignment.class);
        return updated != null ? updated : find(assignmentId);
    }

    private Assignment find(String assignmentId) {
        Assignment assignment = mongo.findById(assignmentId, Assignment.class);
        if (assignment == null) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return assignment;
    }
}
