package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;
import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestClock;
import vn.congdoan.testsupport.TestProducer;

/**
 * The walking skeleton's promise, across real processes: a task assigned in plan-service reaches
 * the unit's inbox in notification-service through the broker, in Vietnamese, and a poison record
 * on the way is dead-lettered without stopping the next one.
 */
class ThinSliceIT {

    @Test
    void aTaskDueInSevenDaysRemindsTheAssignedUnitInItsInbox() {
        SeedPlan province = district("LĐLĐ huyện Tuy Phước");
        LocalDate due = TestClock.today().plusDays(7);
        province.as("province").post(Platform.PLAN, "/api/assignments", Map.of("unitId", province.unit("district"),
                "taskTitle", "Tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh",
                "deadline", Map.of("kind", "ONCE", "due", due.toString())));

        Platform.as(People.OPERATOR).post(Platform.PLAN, "/api/sweeps", Map.of());

        JsonNode inbox = await().atMost(Duration.ofSeconds(60))
                .until(() -> inboxOf(province), found -> found.get("items").size() > 0);
        assertThat(inbox.get("unread").asInt()).isEqualTo(1);
        assertThat(inbox.get("items").get(0).get("body").asString()).isEqualTo(
                "Nhiệm vụ “Tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh” đến hạn ngày "
                        + "%02d/%02d/%d, còn 7 ngày.".formatted(due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
    }

    @Test
    void aReminderFromPlanServiceReachesTheUnitsOfficerByEmailWithDiacriticsIntact() throws Exception {
        SeedPlan province = district("Công đoàn Cảng Quy Nhơn");
        String unit = province.unit("district");
        String email = "chu.tich." + UUID.randomUUID().toString().substring(0, 8) + "@congdoan-quynhon.vn";
        Caller staff = province.as("province");
        // notification-service learns of the new units through plan.units, within seconds: until then
        // the district is not in its copy of the province's subtree and the registration is refused
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> staff.post(Platform.NOTIFICATION, "/api/officers",
                Map.of("name", "Trần Thị Ngọc Ánh", "unitId", unit, "role", "CHAIR", "email", email, "phone", "0912 345 678",
                        "language", "vi", "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"),
                                "quietFrom", "00:00", "quietTo", "00:00", "delivery", "IMMEDIATE"))) != null);
        LocalDate due = TestClock.today().plusDays(7);
        staff.post(Platform.PLAN, "/api/assignments", Map.of("unitId", unit,
                "taskTitle", "Gửi báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "deadline", Map.of("kind", "ONCE", "due", due.toString())));

        Platform.as(People.OPERATOR).post(Platform.PLAN, "/api/sweeps", Map.of());

        MimeMessage mail = Mails.awaitMessage(email, m -> true);
        assertThat(mail.getSubject()).contains("Gửi báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(Mails.plainText(mail)).contains("đến hạn ngày %02d/%02d/%d, còn 7 ngày"
                .formatted(due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
    }

    /**
     * A province of its own with one upper-level union, {@code district}, in plan-service's
     * directory (a task goes only to a unit it knows), and a signed-in person for each.
     */
    private static SeedPlan district(String name) {
        return new SeedPlan().unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", name, "UPPER_GRASSROOTS", null, "province");
    }

    @Test
    void aMalformedRecordIsDeadLetteredWithItsErrorAndTheNextGoodRecordStillArrives() {
        SeedPlan province = district("CĐCS Công ty Cổ phần Dược Bình Định");
        String unit = province.unit("district");
        String run = UUID.randomUUID().toString();
        try (KafkaProbe deadLetters = KafkaProbe.open("plan.tasks.notification-service.dlq");
             TestProducer producer = TestProducer.open()) {
            producer.send("plan.tasks", "a-poison", "{\"assignmentId\":".getBytes(StandardCharsets.UTF_8),
                    TestProducer.cloudEventHeaders(EventType.TASK_DUE_SOON.ceType(), "poison-" + run, "a-poison"));
            producer.sendEvent(EventType.TASK_DUE_SOON, "good-" + run, "a-good", """
                    {"assignmentId":"a-good","taskTitle":"Gửi báo cáo 6 tháng","unitId":"%s",
                     "dueDate":"2026-12-31","daysLeft":3}""".formatted(unit));

            ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecord(KafkaProbe.withHeader("ce_id", "poison-" + run));
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("not JSON");
            assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo("plan.tasks");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxOf(province).get("items").size() == 1);
    }

    @Test
    void everyServiceIsHealthyWithItsBinderAndExportsTaggedMetrics() {
        // health details and metrics are for operators, on each service's management port
        Caller operator = Caller.signedIn(Platform.issuer(), People.OPERATOR, People.PASSWORD, Platform::managementUrl);
        for (String service : new String[] {Platform.PLAN, Platform.OUTREACH, Platform.REPORTING, Platform.NOTIFICATION}) {
            JsonNode health = operator.get(service, "/actuator/health");
            assertThat(health.get("status").asString()).as(service).isEqualTo("UP");
        }
        for (String consumer : new String[] {Platform.OUTREACH, Platform.REPORTING, Platform.NOTIFICATION}) {
            assertThat(operator.get(consumer, "/actuator/health").get("components").get("binders").get("status").asString())
                    .as("Kafka binder health of %s", consumer).isEqualTo("UP");
        }
        assertThat(operator.get(Platform.PLAN, "/actuator/health").get("components").has("outbox")).isTrue();
        assertThat(operator.text(Platform.REPORTING, "/actuator/prometheus"))
                .contains("application=\"reporting-service\"");
    }

    /** The district's inbox, read by its own officer. */
    private static JsonNode inboxOf(SeedPlan province) {
        return province.as("district").get(Platform.NOTIFICATION, "/api/units/"
                + URLEncoder.encode(province.unit("district"), StandardCharsets.UTF_8).replace("+", "%20") + "/notifications");
    }
}
