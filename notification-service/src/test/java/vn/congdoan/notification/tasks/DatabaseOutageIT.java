package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestInfrastructure;
import vn.congdoan.testsupport.TestProducer;

/**
 * While the database is away, consumed events are retried, not dead-lettered: when it returns,
 * every event has its effect exactly once and the dead-letter topic has none of them.
 */
@NotificationServiceTest
class DatabaseOutageIT {
    private static final String DEAD_LETTERS = "plan.tasks.notification-service.dlq";

    @Autowired
    Notifications notifications;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

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
        // a dispatcher that held its lock when the database went away could not release it: the lock
        // passes on after one claim lease, and the dispatcher runs again (the next test classes send e-mail)
        await().atMost(Duration.ofSeconds(60)).until(this::dispatcherLockFree);
    }

    private boolean dispatcherLockFree() {
        Document lock = mongo.getCollection("shedLock").find(new Document("_id", "notification-dispatcher")).first();
        return lock == null || !lock.getDate("lockUntil").toInstant().isAfter(clock.instant());
    }

    private double retried() {
        return meters.find("events.consumed.retried").tag("topic", "plan.tasks").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private long unread(String unit) {
        return notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(unit));
    }
}
