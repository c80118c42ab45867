package vn.congdoan.plan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
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

@ServiceIntegrationTest
class AssignmentReminderIT {
    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;
    @Autowired
    vn.congdoan.plan.schedule.DueDateSweep sweep;
    RestTestClient operator;
    RestTestClient anonymous;
    String rootId;

    /** A national unit of this test; its staff assign tasks below it, the operator runs sweeps. */
    @BeforeEach
    void signIn() {
        String root = "TLD-AR-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        rootId = SignedIn.importUnits(http, root + ",Tổng Liên đoàn " + root + ",NATIONAL,,,1929-07-28,").get(root);
        operator = SignedIn.operator(http);
        anonymous = http;
        http = SignedIn.staffOf(http, root);
    }

    @Test
    void remindsSevenDaysBeforeTheDueDateOnceHoweverOftenTheSweepRuns() {
        LocalDate due = LocalDate.now(clock).plusDays(7);
        String unit = unit("LĐLĐ huyện Tuy Phước");
        String id = assign(unit, "Gửi báo cáo năm về LĐLĐ tỉnh", due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            operator.post().uri("/api/sweeps").exchange().expectStatus().isOk();
            operator.post().uri("/api/sweeps").exchange().expectStatus().isOk();

            ConsumerRecord<String, byte[]> reminder = tasks.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(reminder)).isEqualTo(EventType.TASK_DUE_SOON);
            assertThat(KafkaProbe.header(reminder, CloudEventHeaders.ID)).isEqualTo("task-reminder:" + id + ":" + due + "/-7");
            assertThat(KafkaProbe.value(reminder)).contains("\"taskTitle\":\"Gửi báo cáo năm về LĐLĐ tỉnh\"",
                    "\"unitId\":\"" + unit + "\"", "\"daysLeft\":7", "\"dueDate\":\"" + due + "\"");
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(r -> id.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void twoSweepsRunningAtOnceAsOnTwoInstancesSendEachReminderOnce() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(3);
        String id = assign(unit("CĐCS Bệnh viện Đa khoa tỉnh Bình Định"), "Gửi báo cáo quý", due);

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks");
             var instances = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = instances.submit(() -> sweep.sweep(LocalDate.now(clock)));
            var second = instances.submit(() -> sweep.sweep(LocalDate.now(clock)));
            first.get();
            second.get();

            tasks.awaitRecord(r -> id.equals(r.key()));
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(r -> id.equals(r.key())).hasSize(1);
        }
    }

    @Test
    void aDueDateOutsideTheReminderOffsetsSendsNothingToday() {
        String id = assign(unit("CĐCS Công ty May Nhơn Hòa"), "Xây dựng kế hoạch", LocalDate.now(clock).plusDays(5));

        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            operator.post().uri("/api/sweeps").exchange().expectStatus().isOk();
            assertThat(tasks.drain(Duration.ofSeconds(2))).noneMatch(r -> id.equals(r.key()));
        }
    }

    @Test
    void refusesAnAssignmentWithoutDeadlineNamingTheField() {
        http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", unit("CĐCS Công ty May Nhơn Hòa"), "taskTitle", "Báo cáo"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline");
    }

    @Test
    void refusesADueDateThatIsNotAnIsoDateNamingTheField() {
        http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", "u1", "taskTitle", "Báo cáo", "deadline", Map.of("kind", "ONCE", "due", "30/11/2026")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline.due");
    }

    @Test
    void refusesAUnitThatIsNotInTheDirectoryNamingTheField() {
        http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", "../../etc/passwd", "taskTitle", "Báo cáo",
                        "deadline", Map.of("kind", "ONCE", "due", "2026-11-30")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId")
                .jsonPath("$.errors[0].message").isEqualTo("names no unit in the union directory");
        http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", unit("CĐCS Cảng Quy Nhơn"), "parentUnitId", "$where", "taskTitle", "Báo cáo",
                        "deadline", Map.of("kind", "ONCE", "due", "2026-11-30")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentUnitId");
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/assignments']").exists()
                .jsonPath("$.paths['/api/plans/{id}/issue']").exists();
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void aUnitsCalendarFeedCarriesItsDeadlinesWithTheirRecurrence() {
        String unit = unit("CĐCS Trường THPT Quang Trung");
        http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", unit, "taskTitle", "Gửi báo cáo kết quả học tập và làm theo tư tưởng Hồ Chí Minh",
                        "deadline", Map.of("kind", "YEARLY", "day", "--11-30")))
                .exchange().expectStatus().isCreated();

        String ics = http.get().uri("/api/units/{unit}/calendar.ics", unit).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Gửi báo cáo kết quả học tập và làm theo tư tưởng Hồ Chí Minh");
    }

    @Test
    void aUnitsOfficerMakesASecretCalendarAddressThatCalendarAppsReadWithoutATokenUntilANewOneReplacesIt() {
        String code = "U-" + java.util.UUID.randomUUID().toString().toUpperCase();
        String unit = unit(code, "CĐCS Trường THPT Trưng Vương");
        assign(unit, "Gửi danh sách đoàn viên ưu tú", LocalDate.now(clock).plusDays(20));
        RestTestClient officer = SignedIn.officerOf(anonymous, code);
        officer.get().uri("/api/units/{unit}/calendar-feed", unit).exchange().expectStatus().isNotFound();

        String first = secret(officer.post().uri("/api/units/{unit}/calendar-feed", unit));
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        String ics = anonymous.get().uri("/api/calendar-feeds/{secret}.ics", first).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Gửi danh sách đoàn viên ưu tú")
                .contains("X-WR-CALNAME:Hạn nhiệm vụ – CĐCS Trường THPT Trưng Vương");

        String second = secret(officer.post().uri("/api/units/{unit}/calendar-feed", unit));
        assertThat(second).isNotEqualTo(first);
        anonymous.get().uri("/api/calendar-feeds/{secret}.ics", first).exchange().expectStatus().isNotFound();
        anonymous.get().uri("/api/calendar-feeds/{secret}.ics", second).exchange().expectStatus().isOk();
        assertThat(secret(officer.get().uri("/api/units/{unit}/calendar-feed", unit))).isEqualTo(second);
    }

    private static String secret(RestTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("secret").toString();
    }

    @Test
    void anUnknownAssignmentIsNotFound() {
        http.get().uri("/api/assignments/nope").exchange().expectStatus().isNotFound();
    }

    /** A unit below this test's national unit; returns its id. */
    private String unit(String name) {
        return unit("U-" + java.util.UUID.randomUUID(), name);
    }

    private String unit(String code, String name) {
        return http.post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "name", name, "level", "PROVINCIAL",
                        "parentId", rootId, "openedOn", "1990-01-01"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    private String assign(String unitId, String title, LocalDate due) {
        return http.post().uri("/api/assignments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitId", unitId, "taskTitle", title,
                        "deadline", Map.of("kind", "ONCE", "due", due.toString())))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }
}
