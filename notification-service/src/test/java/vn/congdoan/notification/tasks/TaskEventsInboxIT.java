package vn.congdoan.notification.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.units.UnitReplica;

@NotificationServiceTest
class TaskEventsInboxIT {
    private static final String DEAD_LETTERS = "plan.tasks.notification-service.dlq";

    @Autowired
    RestTestClient http;
    @Autowired
    Notifications notifications;
    @Autowired
    UnitReplica replica;

    @Test
    void aDueSoonReminderLandsOnceInTheUnitsInboxInVietnamese() {
        String unit = "cdcs-" + UUID.randomUUID();
        SignedIn.branch(replica, unit);
        String eventId = "task-reminder:a1:2026-11-30/-7:" + unit;
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a1", dueSoon("a1", unit, 7));
            producer.sendEvent(EventType.TASK_DUE_SOON, eventId, "a1", dueSoon("a1", unit, 7));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> unread(unit) > 0);
        SignedIn.officerOf(http, unit).get().uri("/api/units/{unit}/notifications", unit).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unread").isEqualTo(1)
                .jsonPath("$.items[0].title").isEqualTo("Sắp đến hạn: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh")
                .jsonPath("$.items[0].body").isEqualTo(
                        "Nhiệm vụ “Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh” đến hạn ngày 30/11/2026, còn 7 ngày.");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> unread(unit) == 1);
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithTheReasonAndTheNextRecordStillArrives() {
        String unit = "cdcs-" + UUID.randomUUID();
        try (KafkaProbe deadLetters = KafkaProbe.open(DEAD_LETTERS); TestProducer producer = TestProducer.open()) {
            producer.send("plan.tasks", "a2", "{not json".getBytes(StandardCharsets.UTF_8),
                    TestProducer.cloudEventHeaders(EventType.TASK_DUE_SOON.ceType(), "poison-" + unit, "a2"));
            producer.sendEvent(EventType.TASK_DUE_SOON, "good-" + unit, "a2", dueSoon("a2", unit, 3));

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(KafkaProbe.withHeader("ce_id", "poison-" + unit));
            assertThat(KafkaProbe.value(dead)).isEqualTo("{not json");
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("not JSON");
            assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo("plan.tasks");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(unit) == 1);
    }

    @Test
    void aRecordMissingItsCloudEventsTypeIsDeadLettered() {
        String unit = "cdcs-" + UUID.randomUUID();
        try (KafkaProbe deadLetters = KafkaProbe.open(DEAD_LETTERS); TestProducer producer = TestProducer.open()) {
            var headers = TestProducer.cloudEventHeaders("x", "no-type-" + unit, "a3");
            headers.remove("ce_type");
            producer.send("plan.tasks", "a3", dueSoon("a3", unit, 1).getBytes(StandardCharsets.UTF_8), headers);

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(KafkaProbe.withHeader("ce_id", "no-type-" + unit));
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("missing CloudEvents header ce_type");
        }
    }

    @Test
    void aPayloadBreakingItsSchemaIsDeadLetteredNamingTheField() {
        String unit = "cdcs-" + UUID.randomUUID();
        try (KafkaProbe deadLetters = KafkaProbe.open(DEAD_LETTERS); TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_DUE_SOON, "no-date-" + unit, "a4",
                    "{\"assignmentId\":\"a4\",\"taskTitle\":\"Báo cáo\",\"unitId\":\"" + unit + "\",\"daysLeft\":3}");

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(KafkaProbe.withHeader("ce_id", "no-date-" + unit));
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("dueDate");
        }
    }

    private long unread(String unit) {
        return notifications.countByRecipientAndReadAtIsNull(Notification.unitInbox(unit));
    }

    static String dueSoon(String assignmentId, String unit, int daysLeft) {
        return """
                {"assignmentId":"%s","planId":"p-45","planNumber":"45/KH-LĐLĐ",
                 "taskTitle":"Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh","unitId":"%s",
                 "dueDate":"2026-11-30","daysLeft":%d}""".formatted(assignmentId, unit, daysLeft);
    }
}
