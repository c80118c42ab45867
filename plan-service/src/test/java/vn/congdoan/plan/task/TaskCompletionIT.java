package vn.congdoan.plan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.SignedIn;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestProducer;

@ServiceIntegrationTest
class TaskCompletionIT {
    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;
    @Autowired
    TaskCompletions completions;
    @Autowired
    CompletionAnnouncer announcer;
    /** The officer of the unit of the last assignment. */
    RestTestClient officer;

    @Test
    void completingAnOccurrenceAnnouncesItOnceAndStopsItsReminders() {
        LocalDate due = LocalDate.now(clock).plusDays(7);
        String id = assign(due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            complete(id, due).expectStatus().isOk().expectBody().jsonPath("$.completions[0].occurrence").isEqualTo(due.toString());
            complete(id, due).expectStatus().isOk();
            SignedIn.operator(http).post().uri("/api/sweeps").exchange().expectStatus().isOk();

            ConsumerRecord<String, byte[]> completed = tasks.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(completed)).isEqualTo(EventType.TASK_COMPLETED);
            assertThat(KafkaProbe.value(completed)).contains("\"note\":\"Đã gửi báo cáo qua Văn phòng\"");
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(r -> id.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void aCrashBetweenStoringACompletionAndPublishingItLosesNothing() {
        LocalDate due = LocalDate.now(clock).plusDays(3);
        String id = assign(due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            completions.store(id, new CompleteTaskRequest(due, null, null, null), "test");
            assertThat(tasks.drain(Duration.ofSeconds(1))).noneMatch(r -> id.equals(r.key()));

            announcer.announceLeftovers();
            announcer.announceLeftovers();

            ConsumerRecord<String, byte[]> completed = tasks.awaitRecord(r -> id.equals(r.key()));
            assertThat(KafkaProbe.header(completed, CloudEventHeaders.ID)).isEqualTo("task-completed:" + id + ":" + due);
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(r -> id.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void aSubmittedReportCompletesItsReportTasksOccurrence() {
        LocalDate due = LocalDate.now(clock).plusDays(3);
        String id = assign(due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks"); TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.REPORT_SUBMITTED, "report-1:" + id, "report-1", """
                    {"reportId":"report-1","version":1,"planId":null,"assignmentId":"%s","unitId":"u",
                     "dueDate":"%s","period":"6 tháng đầu năm","submittedAt":"%s"}""".formatted(id, due,
                    clock.instant()));

            ConsumerRecord<String, byte[]> completed = tasks.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(completed)).isEqualTo(EventType.TASK_COMPLETED);
            assertThat(KafkaProbe.value(completed)).contains("Báo cáo 6 tháng đầu năm đã nộp");
        }
        SignedIn.operator(http).post().uri("/api/sweeps").exchange().expectStatus().isOk();
        officer.get().uri("/api/assignments/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.reminded.length()").isEqualTo(0)
                .jsonPath("$.completions[0].occurrence").isEqualTo(due.toString());
    }

    @Test
    void aDateThatIsNotADueDateOfTheTaskIsRefusedNamingTheField() {
        LocalDate due = LocalDate.now(clock).plusDays(10);
        String id = assign(due);

        complete(id, due.minusDays(1)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("occurrence");
    }

    @Test
    void anEvidenceLinkMustBeAWebLink() {
        String id = assign(LocalDate.now(clock).plusDays(10));
        officer.post().uri("/api/assignments/{id}/completions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurrence", LocalDate.now(clock).plusDays(10).toString(), "evidenceUrl", "file:///etc/passwd"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidenceUrl");
    }

    private RestTestClient.ResponseSpec complete(String id, LocalDate occurrence) {
        return officer.post().uri("/api/assignments/{id}/completions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurrence", occurrence.toString(), "note", "Đã gửi báo cáo qua Văn phòng",
                        "evidenceUrl", "https://congdoanbinhdinh.vn/bao-cao"))
                .exchange();
    }

    /** A national unit and a grassroots union below it; the union's officer completes what the national staff assign. */
    private String assign(LocalDate due) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> ids = SignedIn.importUnits(http, "TLD-QT-" + tag + ",Tổng Liên đoàn " + tag + ",NATIONAL,,,1929-07-28,",
                "CDCS-QT-" + tag + ",CĐCS Trường THPT Quang Trung,GRASSROOTS,PUBLIC_SECTOR,TLD-QT-" + tag + ",1990-01-01,");
        officer = SignedIn.officerOf(http, "CDCS-QT-" + tag);
        return SignedIn.staffOf(http, "TLD-QT-" + tag).post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", ids.get("CDCS-QT-" + tag), "taskTitle", "Gửi báo cáo năm",
                        "deadline", Map.of("kind", "ONCE", "due", due.toString())))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }
}
