package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.Outbox;
import vn.congdoan.plan.task.Assignment;
import vn.congdoan.plan.task.Assignments;

/**
 * Once a day's worth of reminders: for every active assignment, {@link ReminderSchedule} decides
 * what is due today and what fell due while the scheduler was down; the first are staged in the
 * outbox, both are recorded on the assignment. Every reminder's id is deterministic, so a sweep
 * that runs twice, on two instances or after a crash between staging and recording stages each
 * reminder once; the lock only saves the duplicate work.
 */
@Component
public class DueDateSweep {
    private static final Logger log = LoggerFactory.getLogger(DueDateSweep.class);

    private final Assignments assignments;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    DueDateSweep(Assignments assignments, MongoTemplate mongo, Outbox outbox, Clock clock, MeterRegistry meters) {
        this.assignments = assignments;
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(cron = "${congdoan.plan.sweep-cron:0 */15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "due-date-sweep", lockAtMostFor = "PT30M")
    public void scheduledSweep() {
        SweepResult result = sweep(LocalDate.now(clock));
        log.info("due-date sweep {}", result);
    }

    public SweepResult sweep(LocalDate today) {
        long started = System.nanoTime();
        AtomicInteger examined = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger missed = new AtomicInteger();
        try (Stream<Assignment> active = assignments.findActiveSince(today.minusDays(ReminderSchedule.MISSED_LOOKBACK_DAYS))) {
            active.forEach(assignment -> {
                examined.incrementAndGet();
                SweepDecision decision = scheduleOf(assignment).sweep(today, assignment.completed(), assignment.recorded());
                if (!decision.isEmpty()) {
                    apply(assignment, decision);
                    sent.addAndGet(decision.send().size());
                    missed.addAndGet(decision.missedWhileDown().size());
                }
            });
        }
        return new SweepResult(today, examined.get(), sent.get(), missed.get(), (System.nanoTime() - started) / 1_000_000);
    }

    private void apply(Assignment assignment, SweepDecision decision) {
        decision.send().forEach(reminder -> {
            outbox.stage(TaskReminders.event(assignment, reminder, clock.instant()));
            meters.counter("plan.reminders", "kind", reminder.point().kind().name(), "outcome", "sent").increment();
        });
        if (!decision.missedWhileDown().isEmpty()) {
            meters.counter("plan.reminders", "kind", "ANY", "outcome", "missed").increment(decision.missedWhileDown().size());
            log.warn("reminders missed while the scheduler was down, recorded not sent: assignment={} unit={} keys={}",
                    assignment.id(), assignment.unitId(), keys(decision.missedWhileDown()));
        }
        Update update = new Update();
        if (!decision.send().isEmpty()) {
            update.addToSet("reminded").each(keys(decision.send()).toArray());
        }
        if (!decision.missedWhileDown().isEmpty()) {
            update.addToSet("missed").each(keys(decision.missedWhileDown()).toArray());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id())), update, Assignment.class);
    }

    private static List<String> keys(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::key).toList();
    }

    private static ReminderSchedule scheduleOf(Assignment a) {
        return new ReminderSchedule(a.activeFrom(), a.activeUntil(), a.rule(), a.policy());
    }

    public record SweepResult(LocalDate date, int assignmentsExamined, int remindersSent, int remindersMissedWhileDown,
                              long durationMillis) {
    }
}
