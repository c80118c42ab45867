package vn.congdoan.plan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;
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

    @Test
    void completingAnOccurrenceAnnouncesItOnceAndStopsItsReminders() {
        LocalDate due = LocalDate.now(clock).plusDays(7);
        String id = assign(due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            complete(id, due).expectStatus().isOk().expectBody().jsonPath("$.completions[0].occurrence").isEqualTo(due.toString());
            complete(id, due).expectStatus().isOk();
            http.post().uri("/api/sweeps").exchange().expectStatus().isOk();

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
            completions.store(id, new CompleteTaskRequest(due, null, null, null));
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
        http.post().uri("/api/sweeps").exchange().expectStatus().isOk();
        http.get().uri("/api/assignments/{id}", id).exchange().expectStatus().isOk()
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
        http.post().uri("/api/assignments/{id}/completions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurrence", LocalDate.now(clock).plusDays(10).toString(), "evidenceUrl", "file:///etc/passwd"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidenceUrl");
    }

    private RestTestClient.ResponseSpec complete(String id, LocalDate occurrence) {
        return http.post().uri("/api/assignments/{id}/completions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("occurrence", occurrence.toString(), "note", "Đã gửi báo cáo qua Văn phòng",
                        "evidenceUrl", "https://congdoanbinhdinh.vn/bao-cao"))
                .exchange();
    }

    /** A unit of the directory (top-level: where it sits does not matter here); returns its id. */
    private String unit() {
        return http.post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "CDCS-QT-" + java.util.UUID.randomUUID(), "name", "CĐCS Trường THPT Quang Trung",
                        "level", "NATIONAL", "openedOn", "1990-01-01"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String assign(LocalDate due) {
        return http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", unit(), "taskTitle", "Gửi báo cáo năm",
                        "deadline", Map.of("kind", "ONCE", "due", due.toString())))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }
}
