package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.schedule.DueDateSweep;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * Seed plan 000, entered as structured data and issued on 5/8/2021, swept day by day: the
 * reminders are exactly those its deadlines imply under the default policy (7, 3, 1, 0 days
 * before; every 3 days overdue; escalated after 7), written out by hand below.
 */
@ServiceIntegrationTest
class SeedPlanRemindersIT {
    @Autowired
    RestTestClient http;
    @Autowired
    DueDateSweep sweep;

    String planId;
    String propagandaDepartment;

    @BeforeEach
    void issueSeedPlan() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        propagandaDepartment = province.ids.get("BD-BAN-TGNC");
        planId = http.post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .body(PlanFixtures.propagandaPlan2021(province.ids)).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        http.post().uri("/api/plans/{id}/issue", planId).exchange().expectStatus().isOk();
    }

    @Test
    void sweptEveryDayFromIssueToEndOfSeptemberItRemindsExactlyAsItsDeadlinesImply() {
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            for (LocalDate day = PlanFixtures.ISSUED; !day.isAfter(LocalDate.of(2021, 9, 30)); day = day.plusDays(1)) {
                sweep.sweep(day);
            }
            List<ConsumerRecord<String, byte[]>> reminders = remindersOf(tasks);

            Set<String> expected = new java.util.HashSet<>();
            expected.addAll(keys("1.1-a", "2021-08-31", -7, -3, -1, 0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30));
            expected.addAll(keys("1.1-b", "2021-09-30", -7, -3, -1, 0));
            expected.addAll(keys("1.1-c", "2021-09-30", -7, -3, -1, 0));
            // monthly, quarterly and yearly: overdue of 31/8 stops the day before 30/9 falls due
            expected.addAll(keys("1.1-e", "2021-08-31", -7, -3, -1, 0, 3, 6, 9, 12, 15, 18, 21, 24, 27));
            expected.addAll(keys("1.1-e", "2021-09-30", -7, -3, -1, 0));
            assertThat(reminders).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.ID))
                    .containsExactlyInAnyOrderElementsOf(expected);

            assertThat(value(reminders, key("1.1-a", "2021-08-31", 6))).contains("\"daysOverdue\":6", "\"escalated\":false");
            assertThat(value(reminders, key("1.1-a", "2021-08-31", 9))).contains("\"daysOverdue\":9", "\"escalated\":true");
            assertThat(value(reminders, key("1.1-b", "2021-09-30", -7))).contains("\"daysLeft\":7",
                    "\"planNumber\":\"45/KH-LĐLĐ\"", "Tổ chức hội nghị nghiên cứu, học tập Nghị quyết 02-NQ/TW");
            assertThat(value(reminders, key("1.1-b", "2021-09-30", 0))).contains("\"dueDate\":\"2021-09-30\"");
        }
    }

    @Test
    void afterDowntimeTheFirstSweepSendsOnlyWhatIsDueThatDayAndRecordsTheRestAsMissed() {
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            sweep.sweep(LocalDate.of(2021, 9, 27));

            assertThat(remindersOf(tasks)).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.ID))
                    .containsExactlyInAnyOrder(key("1.1-a", "2021-08-31", 27), key("1.1-b", "2021-09-30", -3),
                            key("1.1-c", "2021-09-30", -3), key("1.1-e", "2021-08-31", 27), key("1.1-e", "2021-09-30", -3));
        }
        // the 31 days looked back reach 27/8: what fell due from then to 26/9 is recorded, not sent
        assertThat(missed("1.1-a")).containsExactlyInAnyOrder("2021-08-31/-3", "2021-08-31/-1", "2021-08-31/0",
                "2021-08-31/+3", "2021-08-31/+6", "2021-08-31/+9", "2021-08-31/+12", "2021-08-31/+15",
                "2021-08-31/+18", "2021-08-31/+21", "2021-08-31/+24");
        assertThat(missed("1.1-b")).containsExactly("2021-09-30/-7");
    }

    private List<ConsumerRecord<String, byte[]>> remindersOf(KafkaProbe tasks) {
        String prefix = "task-reminder:" + planId + ":";
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(tasks.drain(Duration.ofSeconds(3)));
        return all.stream().filter(r -> KafkaProbe.header(r, CloudEventHeaders.ID).startsWith(prefix)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> missed(String taskId) {
        Map<String, Object> assignment = http.get().uri("/api/assignments/{id}", assignmentId(taskId)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<String>) assignment.get("missedWhileDown");
    }

    private String assignmentId(String taskId) {
        return planId + ":" + taskId + ":" + propagandaDepartment;
    }

    private Set<String> keys(String taskId, String occurrence, int... offsets) {
        return java.util.Arrays.stream(offsets).mapToObj(o -> key(taskId, occurrence, o)).collect(Collectors.toSet());
    }

    private String key(String taskId, String occurrence, int offset) {
        return "task-reminder:" + assignmentId(taskId) + ":" + occurrence + "/" + (offset > 0 ? "+" + offset : offset);
    }

    private static String value(List<ConsumerRecord<String, byte[]>> records, String id) {
        return KafkaProbe.value(records.stream().filter(KafkaProbe.withHeader(CloudEventHeaders.ID, id)).findFirst().orElseThrow());
    }
}
