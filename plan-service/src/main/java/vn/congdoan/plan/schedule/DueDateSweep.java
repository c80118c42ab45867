package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.contracts.task.TaskDueSoon;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.plan.task.Assignment;
import vn.congdoan.plan.task.Assignments;

/**
 * Finds the reminders due today and stages them in the outbox. Every reminder has a
 * deterministic id (assignment, due date, offset), so a sweep that runs twice, on two instances
 * or after a crash stages each reminder once; the lock only saves the duplicate work.
 */
@Component
public class DueDateSweep {
    private static final List<Integer> DAYS_BEFORE = List.of(7, 3, 1);

    private final Assignments assignments;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    DueDateSweep(Assignments assignments, MongoTemplate mongo, Outbox outbox, Clock clock) {
        this.assignments = assignments;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${congdoan.plan.sweep-cron:0 */15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "due-date-sweep", lockAtMostFor = "PT30M")
    public void scheduledSweep() {
        sweep(LocalDate.now(clock));
    }

    public SweepResult sweep(LocalDate today) {
        AtomicInteger examined = new AtomicInteger();
        AtomicInteger staged = new AtomicInteger();
        try (Stream<Assignment> open = assignments.findOpenDueBetween(today, today.plusDays(7))) {
            open.forEach(assignment -> {
                examined.incrementAndGet();
                if (remind(assignment, today)) {
                    staged.incrementAndGet();
                }
            });
        }
        return new SweepResult(today, examined.get(), staged.get());
    }

    private boolean remind(Assignment assignment, LocalDate today) {
        int daysLeft = (int) ChronoUnit.DAYS.between(today, assignment.dueDate());
        String key = assignment.dueDate() + "/-" + daysLeft;
        if (!DAYS_BEFORE.contains(daysLeft) || assignment.reminded(key)) {
            return false;
        }
        TaskDueSoon dueSoon = new TaskDueSoon(assignment.id(), null, null, assignment.taskTitle(),
                assignment.unitId(), assignment.dueDate(), daysLeft);
        boolean fresh = outbox.stage(CloudEvent.of("task-reminder:" + assignment.id() + ":" + key,
                assignment.id(), clock.instant(), dueSoon));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id())),
                new Update().addToSet("reminders", key), Assignment.class);
        return fresh;
    }

    public record SweepResult(LocalDate date, int assignmentsExamined, int remindersStaged) {
    }
}
