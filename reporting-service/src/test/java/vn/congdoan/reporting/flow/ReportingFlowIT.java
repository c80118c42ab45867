package vn.congdoan.reporting.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.testsupport.TestProducer;

/** Plan, units and report tasks arrive as events; units report over REST; the events leave through the outbox. */
@ServiceIntegrationTest
class ReportingFlowIT {
    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;

    @Test
    void aReportIsSubmittedReturnedCorrectedApprovedAndRolledUpTheTree() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);
        String reportId = p.planId + ":" + p.year + ":" + p.school;

        try (KafkaProbe reports = KafkaProbe.open("reporting.reports")) {
            submit(p, p.school, "[{\"metric\":\"MEMBERS\",\"value\":2000},{\"metric\":\"STUDY_SESSIONS\",\"value\":1700}]")
                    .expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(1)
                    .jsonPath("$.onTime").isEqualTo(true).jsonPath("$.sector").isEqualTo("PUBLIC_SECTOR");
            ConsumerRecord<String, byte[]> submitted = reports.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID,
                    "report-submitted:" + reportId + ":1"));
            assertThat(ContractAssertions.assertConformsToCatalogue(submitted)).isEqualTo(EventType.REPORT_SUBMITTED);
            assertThat(KafkaProbe.value(submitted)).contains("\"assignmentId\":\"" + p.assignmentOf(p.school) + "\"",
                    "\"dueDate\":\"" + p.year + "-11-30\"", "\"parentUnitId\":\"" + p.upper + "\"", "\"onTime\":true");

            decide(p, reportId, "{\"decision\":\"RETURN\",\"decidedBy\":\"Trần Thị Bình\"}").expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
            decide(p, reportId, "{\"decision\":\"MAYBE\"}").expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("decision");
            decide(p, reportId, "{\"decision\":\"RETURN\",\"decidedBy\":\"Trần Thị Bình\",\"comment\":\"Số liệu học tập chưa đủ\"}")
                    .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RETURNED");
            ConsumerRecord<String, byte[]> returned = reports.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.TYPE,
                    EventType.REPORT_RETURNED.ceType()));
            ContractAssertions.assertConformsToCatalogue(returned);
            assertThat(KafkaProbe.value(returned)).contains("Số liệu học tập chưa đủ");

            submit(p, p.school, "[{\"metric\":\"MEMBERS\",\"value\":2000},{\"metric\":\"STUDY_SESSIONS\",\"value\":1820}]")
                    .expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(2);
            decide(p, reportId, "{\"decision\":\"APPROVE\",\"decidedBy\":\"Trần Thị Bình\",\"version\":2}")
                    .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
            ContractAssertions.assertConformsToCatalogue(reports.awaitRecord(KafkaProbe.withHeader(CloudEventHeaders.ID,
                    "report-approved:" + reportId + ":2")));
            submit(p, p.school, "[{\"metric\":\"MEMBERS\",\"value\":1}]").expectStatus().isEqualTo(409);
        }
        submit(p, p.factory, "[{\"metric\":\"MEMBERS\",\"value\":50000},{\"metric\":\"STUDY_SESSIONS\",\"value\":32000}]")
                .expectStatus().isCreated();

        p.staffOf(http, p.province).get().uri("/api/reports/{id}", reportId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.versions.length()").isEqualTo(2).jsonPath("$.decisions.length()").isEqualTo(2);
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/rollup?unitId={u}", p.planId, p.year, p.province).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total.members.bySector[0].members").isEqualTo(2000)
                .jsonPath("$.total.members.bySector[0].studySessions").isEqualTo(1820)
                .jsonPath("$.total.members.total.members").isEqualTo(52000)
                .jsonPath("$.total.members.total.studySessionsRate").isEqualTo(65.0)
                .jsonPath("$.children[0].unit.unitId").isEqualTo(p.upper);
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/completeness?unitId={u}", p.planId, p.year, p.province).exchange()
                .expectBody().jsonPath("$.completeness.expected").isEqualTo(3).jsonPath("$.completeness.submitted").isEqualTo(2)
                .jsonPath("$.completeness.onTime").isEqualTo(2).jsonPath("$.completeness.missing").isEqualTo(1);
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/missing?unitId={u}", p.planId, p.year, p.province).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].unitId").isEqualTo(p.upper);
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods?unitId={u}", p.planId, p.province).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].period").isEqualTo(String.valueOf(p.year))
                .jsonPath("$[0].periodStart").isEqualTo(p.year + "-01-01").jsonPath("$[0].dueDate").isEqualTo(p.year + "-11-30")
                .jsonPath("$[0].expected").isEqualTo(3);
        p.staffOf(http, p.province).get().uri("/api/reports?unitId={u}&planId={p}", p.upper, p.planId).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);

        byte[] csv = p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/export.csv?unitId={u}", p.planId, p.year, p.province)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Đơn vị,").contains("CĐCS Trường THPT Số 1 Tuy Phước", "Chưa nộp",
                "Cộng LĐLĐ huyện Tuy Phước", "Tổng cộng,,52000,33820,65.0");
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/export.xlsx?unitId={u}", p.planId, p.year, p.province).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theSignedInCallerIsWhoActedAndEachUnitStaysInItsScope() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);
        String reportId = p.planId + ":" + p.year + ":" + p.school;
        String body = """
                {"planId": "%s", "period": "%s", "counts": [{"metric": "MEMBERS", "value": 10}], "submittedBy": "Người khác"}
                """.formatted(p.planId, p.year);

        http.post().uri("/api/units/{u}/reports", p.school).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isUnauthorized();
        p.officerOf(http, p.factory).post().uri("/api/units/{u}/reports", p.school).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isForbidden();
        p.officerOf(http, p.school).post().uri("/api/units/{u}/reports", p.school).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.versions[0].submittedBy").isEqualTo("Cán bộ " + p.school.toUpperCase());

        p.officerOf(http, p.factory).get().uri("/api/reports/{id}", reportId).exchange().expectStatus().isNotFound();
        p.officerOf(http, p.school).post().uri("/api/reports/{id}/approval", reportId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"decision\":\"APPROVE\"}").exchange().expectStatus().isForbidden();
        TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(p.province.toUpperCase(), Role.APPROVER)).post()
                .uri("/api/reports/{id}/approval", reportId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"decision\":\"APPROVE\"}").exchange().expectStatus().isForbidden();
        decide(p, reportId, "{\"decision\":\"APPROVE\",\"decidedBy\":\"Người khác\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.decisions[0].decidedBy").isEqualTo("Cán bộ " + p.upper.toUpperCase());

        p.officerOf(http, p.school).get().uri("/api/plans/{p}/periods/{y}/rollup?unitId={u}", p.planId, p.year, p.upper)
                .exchange().expectStatus().isForbidden();
        p.officerOf(http, p.school).post().uri("/api/evaluations").exchange().expectStatus().isForbidden();
        p.operator(http).post().uri("/api/evaluations?asOf={d}", LocalDate.now(clock).plusDays(1)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("asOf");
    }

    @Test
    void anAssignmentARevisionEndedIsNoLongerExpectedInLaterPeriodsButStillThisYear() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);
        String nextYear = String.valueOf(p.year + 1);
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_ASSIGNED, "assigned:" + p.factory + ":two-years", p.assignmentOf(p.factory),
                    p.twoYearAssignment(p.factory, 1, null));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> completeness(p, nextYear)
                .jsonPath("$.completeness.expected").isEqualTo(1).jsonPath("$.completeness.missing").isEqualTo(1));

        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.TASK_ASSIGNED, "assigned:" + p.factory + ":r2", p.assignmentOf(p.factory),
                    p.twoYearAssignment(p.factory, 2, LocalDate.of(p.year, 12, 15)));
            producer.sendEvent(EventType.TASK_ASSIGNED, "assigned:" + p.factory + ":r2-again", p.assignmentOf(p.factory),
                    p.twoYearAssignment(p.factory, 2, LocalDate.of(p.year, 12, 15)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> completeness(p, nextYear)
                .jsonPath("$.completeness.expected").isEqualTo(0).jsonPath("$.completeness.missing").isEqualTo(0));
        p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/missing?unitId={u}", p.planId, nextYear, p.province).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        completeness(p, String.valueOf(p.year)).jsonPath("$.completeness.expected").isEqualTo(3);
    }

    private RestTestClient.BodyContentSpec completeness(Province p, String period) {
        return p.staffOf(http, p.province).get().uri("/api/plans/{p}/periods/{y}/completeness?unitId={u}", p.planId, period, p.province).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    void aBadReportIsA400NamingTheField() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);
        submit(p, p.factory, "[{\"metric\":\"MEMBERS\",\"value\":120},{\"metric\":\"STUDY_SESSIONS\",\"value\":100},"
                + "{\"metric\":\"SKILLS_TRAINING\",\"value\":10.5}]").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("counts[2].value");
        submit(p, p.factory, "[{\"metric\":\"MEMBERS\",\"value\":120},{\"metric\":\"STUDY_SESSIONS\",\"value\":121}]")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("counts[1].value");
        submit(p, p.outsider, "[{\"metric\":\"MEMBERS\",\"value\":1}]").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("unitId");
        p.officerOf(http, p.factory).post().uri("/api/units/{u}/reports", p.factory).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"planId": "%s", "period": "%s", "counts": []}
                        """.formatted(p.planId, p.year + 1))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("period");
        p.staffOf(http, p.upper).post().uri("/api/units/{u}/reports", p.factory).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"planId": "%s", "period": "%s", "receivedOn": "%s", "counts": [{"metric": "MEMBERS", "value": 1}]}
                        """.formatted(p.planId, p.year, LocalDate.now(clock).plusDays(1)))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("receivedOn");
    }

    @Test
    void aPaperReportEnteredLaterIsJudgedByTheDayItArrived() {
        Province p = new Province(LocalDate.now(clock).minusYears(1));
        p.publish(http);
        paperReport(p, p.school, LocalDate.of(p.year, 11, 30)).expectStatus().isCreated().expectBody()
                .jsonPath("$.onTime").isEqualTo(true)
                .jsonPath("$.versions[0].submittedAt").isEqualTo(p.year + "-11-29T17:00:00Z");
        paperReport(p, p.factory, LocalDate.of(p.year, 12, 1)).expectStatus().isCreated().expectBody()
                .jsonPath("$.onTime").isEqualTo(false);
    }

    private RestTestClient.ResponseSpec paperReport(Province p, String unit, LocalDate arrived) {
        return p.staffOf(http, p.upper).post().uri("/api/units/{u}/reports", unit).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"planId": "%s", "period": "%s", "receivedOn": "%s", "counts": [{"metric": "MEMBERS", "value": 120}]}
                        """.formatted(p.planId, p.year, arrived))
                .exchange();
    }

    @Test
    void whenTheYearClosesEachTargetIsJudgedPerScopeOnceAndOutreachFactsCoverUnits() {
        Province p = new Province(LocalDate.now(clock).minusYears(1)); // a closed year: no verdict for the future
        p.publish(http);
        submit(p, p.school, "[{\"metric\":\"MEMBERS\",\"value\":2000},{\"metric\":\"STUDY_SESSIONS\",\"value\":1820}]")
                .expectStatus().isCreated();
        submit(p, p.factory, "[{\"metric\":\"MEMBERS\",\"value\":50000},{\"metric\":\"STUDY_SESSIONS\",\"value\":32000}]")
                .expectStatus().isCreated();
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.OUTREACH_FACTS_UPDATED, "facts-" + p.tag, p.upper + ":" + p.year, """
                    {"factsId":"%s:%d","unitId":"%s","year":%d,"version":1,"forms":[{"form":"FANPAGE_POST","planId":"%s",
                     "activities":2,"firstOn":"%d-03-08"}],"attendance":{"members":0,"nonMemberWorkers":0,"officers":0},
                     "rosterMembers":null,"updatedAt":"%d-03-08T10:00:00Z"}"""
                    .formatted(p.upper, p.year, p.upper, p.year, p.planId, p.year, p.year));
        }
        String evaluation = p.planId + ":t-public:" + p.province + ":" + p.year;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                p.staffOf(http, p.province).get().uri("/api/plans/{p}/targets?asOf={d}", p.planId, (p.year + 1) + "-01-10").exchange()
                        .expectBody().jsonPath("$[?(@.targetId=='t-fanpage' && @.unitId=='" + p.province + "')].verdict.status")
                        .isEqualTo("MET"));

        try (KafkaProbe targets = KafkaProbe.open("reporting.targets")) {
            p.operator(http).post().uri("/api/evaluations?asOf={d}", (p.year + 1) + "-01-10").exchange().expectStatus().isOk();
            p.operator(http).post().uri("/api/evaluations?asOf={d}", (p.year + 1) + "-01-11").exchange().expectStatus().isOk();
            ConsumerRecord<String, byte[]> met = targets.awaitRecord(r -> evaluation.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(met)).isEqualTo(EventType.TARGET_MET);
            assertThat(KafkaProbe.value(met)).contains("\"numerator\":1820", "\"denominator\":2000", "\"value\":91.0");
            ConsumerRecord<String, byte[]> missed = targets.awaitRecord(
                    r -> (p.planId + ":t-enterprise:" + p.province + ":" + p.year).equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(missed)).isEqualTo(EventType.TARGET_MISSED);
            assertThat(KafkaProbe.value(missed)).contains("\"value\":64.0");
            assertThat(targets.drain(java.time.Duration.ofSeconds(2))).filteredOn(r -> evaluation.equals(r.key())).hasSize(1);
        }
    }

    private RestTestClient.ResponseSpec submit(Province p, String unit, String counts) {
        return p.officerOf(http, unit).post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON).body("""
                {"planId":"%s","unitId":"%s","period":"%d","counts":%s,"flags":{"FANPAGE_POST":true},
                 "narrative":"Đã tổ chức hội nghị quán triệt","submittedBy":"Nguyễn Văn An"}"""
                .formatted(p.planId, unit, p.year, counts)).exchange();
    }

    private RestTestClient.ResponseSpec decide(Province p, String reportId, String body) {
        return p.approver(http).post().uri("/api/reports/{id}/approval", reportId).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }
}
