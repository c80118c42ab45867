package vn.congdoan.plan.task;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;

/**
 * Publishes TaskCompleted for every stored completion, right after the completion is stored and
 * again, periodically, for any assignment a crash left {@code unannounced}. The event is derived
 * from the stored completion with a deterministic id, so no completion is ever lost between the
 * database and Kafka and none is announced twice.
 */
@Component
class CompletionAnnouncer {
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    CompletionAnnouncer(MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stages the events of all of the assignment's completions, then clears its flag. */
    void announce(Assignment assignment) {
        for (Completion completion : assignment.completions()) {
            outbox.stage(CloudEvent.of(eventId(assignment.id(), completion), assignment.id(), clock.instant(),
                    new TaskCompleted(assignment.id(), assignment.planId(), assignment.unitId(), completion.occurrence(),
                            completion.completedOn(), completion.note(), completion.evidenceUrl())));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id())
                        .and("completions").size(assignment.completions().size())),
                Update.update("unannounced", false), Assignment.class);
    }

    @Scheduled(fixedDelayString = "${congdoan.plan.repair-interval:1m}")
    @SchedulerLock(name = "completion-announcer", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void announceLeftovers() {
        mongo.stream(Query.query(Criteria.where("unannounced").is(true)), Assignment.class)
                .forEach(this::announce);
    }

    static String eventId(String assignmentId, Completion completion) {
        return "task-completed:" + assignmentId + ":" + completion.occurrence();
    }
}
