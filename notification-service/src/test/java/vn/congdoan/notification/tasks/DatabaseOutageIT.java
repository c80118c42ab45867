package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.service.ScheduledJobFailures;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestInfrastructure;
import vn.congdoan.testsupport.TestProducer;

/**
 * While the database is away, consumed events are retried, not dead-lettered: when it returns,
 * every event has its effect exactly once and the dead-letter topic has none of them. The scheduled
 * jobs log the outage once each.
 */
@NotificationServiceTest
class DatabaseOutageIT {
    private static final String DEAD_LETTERS = "plan.tasks.notification-service.dlq";

    @Autowired
    Notifications notifications;
    @Autowired
    MeterRegistry meters;

    @Test
    void eventsConsumedWhileTheDatabaseIsAwayTakeEffectOnceWhenItReturns() {
        assumeThat(TestInfrastructure.get().realMongo()).as("the stand-in is reached through a link a test can cut").isFalse();
        String run = UUID.randomUUID().toString();
        List<String> units = IntStream.range(0, 12).mapToObj(i -> "cdcs-outage-" + i + "-" + run).toList();
        double retriedBefore = retried();
        try (KafkaProbe deadLetters = KafkaProbe.open(DEAD_LETTERS); TestProducer producer = TestProducer.open()) {
            TestInfrastructure.get().database().cut();
            try {
                for (String unit : units) {
                    producer.sendEvent(EventType.TASK_DUE_SOON, "outage:" + unit, "a-" + unit,
                            TaskEventsInboxIT.dueSoon("a-" + unit, unit, 5));
                }
                // longer than the driver waits for a server (5 s in tests): reads fail, and are tried again
                deadLetters.drain(Duration.ofSeconds(14));
            } finally {
                TestInfrastructure.get().database().restore();
            }

            await().atMost(Duration.ofSeconds(90)).until(() -> units.stream().allMatch(unit -> unread(unit) == 1));
            assertThat(deadLetters.drain(Duration.ofSeconds(3)))
                    .noneMatch(record -> KafkaProbe.header(record, "ce_id").startsWith("outage:"));
        }
        assertThat(units).allMatch(unit -> unread(unit) == 1);
        assertThat(retried()).as("records held back by the outage").isGreaterThan(retriedBefore);
    }

    /**
     * The scheduled jobs fail at every run while the database is away: each says so once, with the
     * cause and no stack trace, is counted at every failure, and says once that it runs again.
     */
    @Test
    void aScheduledJobLogsAnOutageOnceAndItsEndOnceAndCountsEveryFailedRun() {
        assumeThat(TestInfrastructure.get().realMongo()).as("the stand-in is reached through a link a test can cut").isFalse();
        List<String> jobs = List.of("OutboxRelay.relayPending", "Dispatcher.dispatchDue");
        Map<String, Double> failedBefore = jobs.stream().collect(Collectors.toMap(job -> job, this::failedRuns));
        Logger logger = (Logger) LoggerFactory.getLogger(ScheduledJobFailures.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            TestInfrastructure.get().database().cut();
            try {
                // the jobs run one after another on the scheduler's thread, each failing after the
                // driver's 5 s wait for a server in tests: long enough for each to fail twice or so
                await().pollDelay(Duration.ofSeconds(21)).atMost(Duration.ofSeconds(22)).until(() -> true);
            } finally {
                TestInfrastructure.get().database().restore();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> jobs.stream().allMatch(job -> lines(lines, job).size() == 2));
        } finally {
            logger.detachAppender(lines);
        }

        for (String job : jobs) {
            assertThat(lines(lines, job)).as(job).satisfiesExactly(
                    failed -> assertThat(failed.getLevel()).isEqualTo(Level.WARN),
                    again -> assertThat(again.getFormattedMessage()).matches("scheduled job " + job + " runs again after \\d+ failures"));
            assertThat(lines(lines, job).getFirst().getFormattedMessage()).startsWith("scheduled job " + job + " failed")
                    .contains("com.mongodb.Mongo");
            assertThat(lines(lines, job).getFirst().getThrowableProxy()).as("no stack trace").isNull();
            assertThat(failedRuns(job) - failedBefore.get(job)).as(job + ": failed runs counted").isPositive();
        }
        assertThat(jobs.stream().mapToDouble(job -> failedRuns(job) - failedBefore.get(job)).sum())
                .as("failed runs counted: more than the lines logged").isGreaterThan(jobs.size());
    }

    private static List<ILoggingEvent> lines(ListAppender<ILoggingEvent> lines, String job) {
        return List.copyOf(lines.list).stream().filter(line -> line.getFormattedMessage().startsWith("scheduled job " + job + " ")).toList();
    }

    private double failedRuns(String job) {
        Counter counter = meters.find("scheduled.job.failures").tag("job", job).counter();
        return counter == null ? 0 : counter.count();
    }

    private double retried() {
        return meters.find("events.consumed.retried").tag("topic", "plan.tasks").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private long unread(String unit) {
        return notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(unit));
    }
}
