package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.contracts.EventType;
import vn.congdoan.events.deadletter.DeadLetterMonitor;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.testsupport.TestProducer;

/**
 * An operator finds a dead-lettered event with its reason, and replays it to its original topic
 * after the fix: it takes effect once, however often it is replayed (consumers dedupe on ce_id).
 */
@NotificationServiceTest
class DeadLetterReplayIT {
    private static final String DEAD_LETTERS = "plan.tasks.notification-service.dlq";

    @Autowired
    RestTestClient http;
    @Autowired
    Notifications notifications;
    @Autowired
    DeadLetterMonitor monitor;
    @Autowired
    MeterRegistry meters;

    @Test
    void aDeadLetterIsCountedListedWithItsReasonAndReplayedOnce() {
        String unit = "cdcs-replay-" + UUID.randomUUID();
        String ceId = "replay:" + unit;
        // a valid reminder that an earlier, faulty version could not handle and dead-lettered
        RecordHeaders headers = TestProducer.cloudEventHeaders(EventType.TASK_DUE_SOON.ceType(), ceId, "a-" + unit);
        headers.add("x-original-topic", "plan.tasks".getBytes(StandardCharsets.UTF_8));
        headers.add("x-exception-message", "unit is null (a bug since fixed)".getBytes(StandardCharsets.UTF_8));
        try (TestProducer producer = TestProducer.open()) {
            producer.send(DEAD_LETTERS, "a-" + unit, TaskEventsInboxIT.dueSoon("a-" + unit, unit, 4)
                    .getBytes(StandardCharsets.UTF_8), headers);
        }

        monitor.count();
        assertThat(meters.get("events.dead.letters").tag("topic", DEAD_LETTERS).gauge().value()).isGreaterThanOrEqualTo(1);
        RestTestClient operator = SignedIn.operator(http);
        var listed = operator.get().uri("/api/dead-letters/{topic}?limit=1000", DEAD_LETTERS).exchange()
                .expectStatus().isOk().expectBody(DeadLetterView[].class).returnResult().getResponseBody();
        DeadLetterView dead = java.util.Arrays.stream(listed).filter(d -> ceId.equals(d.ceId())).findFirst().orElseThrow();
        assertThat(dead.reason()).isEqualTo("unit is null (a bug since fixed)");
        assertThat(dead.originalTopic()).isEqualTo("plan.tasks");
        assertThat(dead.value()).contains("Tổng hợp kết quả");

        for (int replay = 0; replay < 2; replay++) {
            operator.post().uri("/api/dead-letters/{topic}/{partition}/{offset}/replay", DEAD_LETTERS, dead.partition(), dead.offset())
                    .exchange().expectStatus().isAccepted();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> unread(unit) >= 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> unread(unit) == 1);
        operator.get().uri("/api/dead-letters/{topic}", "plan.tasks").exchange().expectStatus().isNotFound();
    }

    private long unread(String unit) {
        return notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(unit));
    }

    record DeadLetterView(String topic, int partition, long offset, String ceId, String originalTopic, String reason, String value) {
    }
}
