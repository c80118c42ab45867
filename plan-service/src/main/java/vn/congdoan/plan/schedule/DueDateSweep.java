package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.UpdateDefinition;
import org.springframework.data.util.Pair;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.events.CloudEvent;
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
    private static final int BATCH = 1_000;
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
    @SchedulerLock(name = "due-date-sweep", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void scheduledSweep() {
        SweepResult result = sweep(LocalDate.now(clock));
        log.info("due-date sweep {}", result);
    }

    public SweepResult sweep(LocalDate today) {
        long started = System.nanoTime();
        Batch batch = new Batch();
        int examined = 0;
        try (Stream<Assignment> active = assignments.findActiveSince(today.minusDays(ReminderSchedule.MISSED_LOOKBACK_DAYS))) {
            for (Assignment assignment : (Iterable<Assignment>) active::iterator) {
                examined++;
                SweepDecision decision = scheduleOf(assignment).sweep(today, assignment.completed(), assignment.recorded());
                if (!decision.isEmpty()) {
                    batch.add(assignment, decision);
                }
                if (batch.size() == BATCH) {
                    batch.write();
                }
            }
        }
        batch.write();
        return new SweepResult(today, examined, batch.sent, batch.missed, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Up to {@value #BATCH} assignments' decisions, written as one bulk outbox insert and one bulk
     * update: the events first, so that a crash in between re-derives them (same ids) next time.
     */
    private final class Batch {
        private final List<CloudEvent> events = new ArrayList<>();
        private final List<Pair<Query, UpdateDefinition>> updates = new ArrayList<>();
        private int sent;
        private int missed;

        void add(Assignment assignment, SweepDecision decision) {
            decision.send().forEach(reminder -> events.add(TaskReminders.event(assignment, reminder, clock.instant())));
            updates.add(Pair.of(Query.query(Criteria.where("_id").is(assignment.id())), recording(decision)));
            sent += decision.send().size();
            missed += decision.missedWhileDown().size();
            count(assignment, decision);
        }

        int size() {
            return updates.size();
        }

        void write() {
            if (updates.isEmpty()) {
                return;
            }
            outbox.stageAll(events);
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Assignment.class).updateOne(updates).execute();
            events.clear();
            updates.clear();
        }
    }

    private void count(Assignment assignment, SweepDecision decision) {
        decision.send().forEach(reminder ->
                meters.counter("plan.reminders", "kind", reminder.point().kind().name(), "outcome", "sent").increment());
        if (!decision.missedWhileDown().isEmpty()) {
            meters.counter("plan.reminders", "kind", "ANY", "outcome", "missed").increment(decision.missedWhileDown().size());
            log.warn("reminders missed while the scheduler was down, recorded not sent: assignment={} unit={} keys={}",
                    assignment.id(), assignment.unitId(), keys(decision.missedWhileDown()));
        }
    }

    private static Update recording(SweepDecision decision) {
        Update update = new Update();
        if (!decision.send().isEmpty()) {
            update.addToSet("reminded").each(keys(decision.send()).toArray());
        }
        if (!decision.missedWhileDown().isEmpty()) {
            update.addToSet("missed").each(keys(decision.missedWhileDown()).toArray());
        }
        return update;
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
