package vn.congdoan.outreach.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.units.UnitReplica;

/** Recording, validating, correcting and listing activities over REST. */
@ServiceIntegrationTest
class ActivityApiIT {
    private static final String TITLE = "Hội nghị quán triệt Nghị quyết số 02-NQ/TW về đổi mới tổ chức và hoạt động Công đoàn";

    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;

    Fixtures f;
    /** Without a token: each write signs in as the officer of its unit. */
    RestTestClient signedOut;
    String upper;
    String school;
    String plan;

    @BeforeEach
    void province() {
        f = new Fixtures(units, plans);
        signedOut = http;
        upper = f.upper("LĐLĐ huyện Tuy Phước");
        school = f.grassroots(upper, "Công đoàn cơ sở Trường THPT Trưng Vương", Sector.PUBLIC_SECTOR);
        plan = f.plan000();
        f.officerOf(signedOut, school).put().uri("/api/units/{id}/roster", school).contentType(MediaType.APPLICATION_JSON)
                .body("{\"effectiveFrom\":\"2026-01-01\",\"counts\":[{\"sector\":\"PUBLIC_SECTOR\",\"members\":80,\"workers\":85}]}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.members").isEqualTo(80);
        http = f.staff(signedOut);
    }

    @Test
    void attendanceAboveTheRosterIsRecordedWithAWarningAndVietnameseTextIntact() {
        post(conference(school, "2026-03-10", 95)).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/activities/.+")
                .expectBody()
                .jsonPath("$.activity.title").isEqualTo(TITLE)
                .jsonPath("$.activity.version").isEqualTo(1)
                .jsonPath("$.activity.audience").isEqualTo("Đoàn viên, người lao động")
                .jsonPath("$.warnings[0].field").isEqualTo("attendance.members")
                .jsonPath("$.warnings.length()").isEqualTo(1);
    }

    @Test
    void badInputIsA400NamingEachField() {
        post(conference("no-such-unit", "2026-03-10", 5)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
        post(conference(school, "2026-03-10", -3)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("attendance.members");
        post(conference(school, "2021-08-01", 3)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("startDate");
        post(conference(school, "2026-03-10", 3).replace(plan, "no-such-plan")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("planId");
        post(conference(school, "2026-03-10", 3).replace("t-fanpage", "t-none")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("taskId");
        post(conference(school, "2026-03-10", 3).replace("\"endDate\":\"2026-03-10\"", "\"endDate\":\"2026-03-09\""))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endDate");
        post(conference(school, "2026-03-10", 3).replace("https://", "ftp://")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evidence[0]");
        post(conference(school, "2026-03-10", 3).replace("CONFERENCE_IN_PERSON", "PIGEON_POST")).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("form");
        post(conference(school, "2026-03-10", 3).replace("\"2026-03-10\"", "\"10/03/2026\"")).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("startDate")
                .jsonPath("$.title").isEqualTo("Invalid request").jsonPath("$.status").isEqualTo(400);
    }

    @Test
    void aCorrectionIsANewVersionAndEveryVersionIsKept() {
        String id = id(post(conference(school, "2026-03-10", 40)));

        f.officerOf(signedOut, school).post().uri("/api/activities/{id}/corrections", id).contentType(MediaType.APPLICATION_JSON)
                .body(conference(school, "2026-03-10", 60).replace("}", ",\"reason\":\"Đếm lại theo danh sách ký tên\",\"expectedVersion\":1}"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.activity.version").isEqualTo(2)
                .jsonPath("$.activity.attendance.members").isEqualTo(60);
        f.officerOf(signedOut, school).post().uri("/api/activities/{id}/corrections", id).contentType(MediaType.APPLICATION_JSON)
                .body(conference(school, "2026-03-10", 70).replace("}", ",\"reason\":\"x\",\"expectedVersion\":1}"))
                .exchange().expectStatus().isEqualTo(409);
        f.officerOf(signedOut, school).post().uri("/api/activities/{id}/corrections", id).contentType(MediaType.APPLICATION_JSON)
                .body(conference(school, "2026-03-10", 70)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");

        http.get().uri("/api/activities/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.activity.version").isEqualTo(2)
                .jsonPath("$.formLabel").isEqualTo("Hội nghị trực tiếp")
                .jsonPath("$.versions.length()").isEqualTo(2)
                .jsonPath("$.versions[0].activity.attendance.members").isEqualTo(40)
                .jsonPath("$.versions[0].reason").doesNotExist()
                .jsonPath("$.versions[1].reason").isEqualTo("Đếm lại theo danh sách ký tên");
        http.get().uri("/api/activities/{id}", "nope").exchange().expectStatus().isNotFound();
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstActivity() {
        String first = f.officerOf(signedOut, school).post().uri("/api/activities").header("Idempotency-Key", "k-" + f.tag)
                .contentType(MediaType.APPLICATION_JSON).body(conference(school, "2026-03-10", 10)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().toString();
        f.officerOf(signedOut, school).post().uri("/api/activities").header("Idempotency-Key", "k-" + f.tag)
                .contentType(MediaType.APPLICATION_JSON).body(conference(school, "2026-03-10", 10)).exchange()
                .expectStatus().isOk();
        assertThat(first).contains("version=1");
        http.get().uri("/api/activities?unitId={u}", school).exchange().expectBody().jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void listsABranchFilteredByFormPlanAndPeriodPaged() {
        post(conference(school, "2026-03-10", 10)).expectStatus().isCreated();
        post(conference(upper, "2026-04-10", 10)).expectStatus().isCreated();
        post(conference(upper, "2025-04-10", 10)).expectStatus().isCreated();
        post(conference(school, "2026-05-10", 10).replace("CONFERENCE_IN_PERSON", "SEMINAR")).expectStatus().isCreated();

        http.get().uri("/api/activities?unitId={u}&size=2", upper).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(4).jsonPath("$.totalPages").isEqualTo(2)
                .jsonPath("$.items[0].startDate").isEqualTo("2026-05-10");
        http.get().uri("/api/activities?unitId={u}&form=CONFERENCE_IN_PERSON&from=2026-01-01&to=2026-12-31&planId={p}",
                f.province, plan).exchange().expectBody().jsonPath("$.totalItems").isEqualTo(2);
        http.get().uri("/api/activities?unitId={u}", school).exchange().expectBody().jsonPath("$.totalItems").isEqualTo(2);
        http.get().uri("/api/activities?unitId=nowhere").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
        http.get().uri("/api/activities?size=0").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theFormsCatalogueHasVietnameseLabelsAndKinds() {
        http.get().uri("/api/forms").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(21)
                .jsonPath("$[?(@.form=='FANPAGE_POST')].label").isEqualTo("Tin bài trên fanpage")
                .jsonPath("$[?(@.form=='FANPAGE_POST')].kind").isEqualTo("POST")
                .jsonPath("$[?(@.form=='EMULATION_MOVEMENT')].label").isEqualTo("Phong trào thi đua");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/activities'].post").exists()
                .jsonPath("$.paths['/api/activities/{id}/corrections'].post").exists()
                .jsonPath("$.paths['/api/roster-imports'].post").exists()
                .jsonPath("$.paths['/api/units/{unitId}/facts'].get").exists()
                .jsonPath("$.paths['/api/plans/{planId}/coverage'].get").exists();
    }

    private RestTestClient.ResponseSpec post(String body) {
        return f.officerFor(signedOut, body).post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private static String id(RestTestClient.ResponseSpec response) {
        Map<String, Object> body = response.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Map<String, Object>) body.get("activity")).get("activityId").toString();
    }

    private String conference(String unitId, String day, long members) {
        return """
                {"unitId":"%s","planId":"%s","taskId":"t-fanpage","form":"CONFERENCE_IN_PERSON","title":"%s",
                 "startDate":"%s","endDate":"%s","audience":"Đoàn viên, người lao động",
                 "attendance":{"members":%d,"nonMemberWorkers":2,"officers":3},
                 "evidence":["https://congdoan.binhdinh.gov.vn/tin-tuc/hoi-nghi"]}"""
                .formatted(unitId, plan, TITLE, day, day, members);
    }
}
