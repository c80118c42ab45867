package vn.congdoan.plan.access;

import static vn.congdoan.testsupport.AccessMatrix.NOBODY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.plan.SignedIn;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.AccessMatrix;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * Who may call what in plan-service, one row per endpoint × caller × target. The tree: a national
 * unit, province P with upper-level union U and its grassroots unions A and B, and another
 * province Q. Callers: nobody, P's staff, U's staff, Q's staff, U's approver, A's and B's
 * officers, the operator and an integration client, each of their own unit.
 */
@ServiceIntegrationTest
class PlanAccessMatrixIT {
    private static final String STAFF_P = "staff@P", STAFF_U = "staff@U", STAFF_Q = "staff@Q", APPROVER_U = "approver@U",
            OFFICER_A = "officer@A", OFFICER_B = "officer@B", OPERATOR = "operator", INTEGRATION = "integration@P";

    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String t = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String root = "TLD-M" + t, p = "LDLD-P" + t, u = "CDN-U" + t, a = "CDCS-A" + t, b = "CDCS-B" + t, q = "LDLD-Q" + t;

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSaysAndEveryEndpointHasARow() {
        Map<String, String> ids = SignedIn.importUnits(http,
                root + ",Tổng Liên đoàn " + t + ",NATIONAL,,,1929-07-28,",
                p + ",Liên đoàn Lao động tỉnh P,PROVINCIAL,," + root + ",1989-07-01,",
                u + ",Công đoàn ngành Giáo dục tỉnh P,UPPER_GRASSROOTS,," + p + ",1990-01-01,",
                a + ",Công đoàn cơ sở Trường A,GRASSROOTS,PUBLIC_SECTOR," + u + ",1995-01-01,",
                b + ",Công đoàn cơ sở Trường B,GRASSROOTS,PUBLIC_SECTOR," + u + ",1995-01-01,",
                q + ",Liên đoàn Lao động tỉnh Q,PROVINCIAL,," + root + ",1989-07-01,");
        String pId = ids.get(p), uId = ids.get(u), aId = ids.get(a), bId = ids.get(b), qId = ids.get(q);
        LocalDate today = LocalDate.now(clock);
        RestTestClient staffP = SignedIn.staffOf(http, p);
        String draft = created(staffP, "/api/plans", plan(pId, "01/KH"));
        String issued = created(staffP, "/api/plans", plan(pId, "02/KH"));
        staffP.post().uri("/api/plans/{id}/issue", issued).exchange().expectStatus().isOk();
        String due = today.plusDays(30).toString();
        String task = created(staffP, "/api/assignments", Map.of("unitId", aId, "taskTitle", "Gửi báo cáo quý",
                "deadline", Map.of("kind", "ONCE", "due", due)));

        AccessMatrix matrix = new AccessMatrix(http)
                .caller(STAFF_P, token(p, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_U, token(u, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_Q, token(q, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(APPROVER_U, token(u, Role.UNIT_OFFICER, Role.APPROVER))
                .caller(OFFICER_A, token(a, Role.UNIT_OFFICER))
                .caller(OFFICER_B, token(b, Role.UNIT_OFFICER))
                .caller(OPERATOR, token(p, Role.OPERATOR))
                .caller(INTEGRATION, token(p, Role.INTEGRATION));

        // plans: read in the issuer's line (above or below it), changed by the issuer's staff
        matrix.endpoint(HttpMethod.GET, "/api/plans")
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(OPERATOR, 403);
        for (String readable : new String[]{"/api/plans/{id}", "/api/plans/{id}/revisions"}) {
            matrix.endpoint(HttpMethod.GET, readable).target(draft)
                    .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_A, OFFICER_B, INTEGRATION)
                    .expect(STAFF_Q, 404).expect(OPERATOR, 403);
        }
        matrix.endpoint(HttpMethod.POST, "/api/plans").body(plan(pId, "03/KH"))
                .expect(401, NOBODY).expect(403, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION)
                .expect(STAFF_P, 201);
        matrix.endpoint(HttpMethod.PUT, "/api/plans/{id}").target(draft).body(plan(pId, "01/KH-sửa"))
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200)
                .body(plan(qId, "01/KH-sửa")).expect(STAFF_P, 403);
        matrix.endpoint(HttpMethod.POST, "/api/plans/{id}/revisions").target(issued).body(plan(pId, "02/KH"))
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.POST, "/api/plans/{id}/issue").target(draft)
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.POST, "/api/plans/{id}/close").target(issued).body(Map.of("closedOn", today.toString()))
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.POST, "/api/plan-imports").body("KẾ HOẠCH\nTuyên truyền Nghị quyết", MediaType.TEXT_PLAIN)
                .expect(401, NOBODY).expect(403, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(200, STAFF_P, STAFF_Q)
                .query("?issuingUnitId=" + pId + "&number=09/KH&issueDate=" + today).expect(STAFF_Q, 403);
        String imported = SignedIn.staffOf(http, p).post().uri("/api/plan-imports?issuingUnitId={p}&number=10/KH&issueDate={d}", pId, today)
                .contentType(MediaType.TEXT_PLAIN).body("KẾ HOẠCH\nTuyên truyền Nghị quyết").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("planId").toString();
        matrix.endpoint(HttpMethod.GET, "/api/plan-imports/{planId}").target(imported)
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.GET, "/api/plans/{id}/reach").target(draft)
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);

        // tasks: given by staff to units below them, completed by the unit's own officer
        matrix.endpoint(HttpMethod.POST, "/api/assignments")
                .body(Map.of("unitId", aId, "taskTitle", "Báo cáo", "deadline", Map.of("kind", "ONCE", "due", due)))
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(201, STAFF_P, STAFF_U)
                .body(Map.of("unitId", pId, "taskTitle", "Báo cáo", "deadline", Map.of("kind", "ONCE", "due", due)))
                .expect(STAFF_P, 403);
        matrix.endpoint(HttpMethod.GET, "/api/assignments/{id}").target(task)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_A, INTEGRATION)
                .expect(404, STAFF_Q, OFFICER_B).expect(OPERATOR, 403);
        matrix.endpoint(HttpMethod.POST, "/api/assignments/{id}/completions").target(task).body(Map.of("occurrence", due))
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/calendar.ics").target(aId)
                .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION).expect(403, STAFF_Q, OFFICER_B, OPERATOR);
        // the unit's secret calendar address: its own officers make and read it; with it, anyone reads the feed
        String feed = SignedIn.officerOf(http, a).post().uri("/api/units/{id}/calendar-feed", aId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("secret").toString();
        matrix.endpoint(HttpMethod.GET, "/api/calendar-feeds/{secret}.ics").target(feed)
                .expect(200, NOBODY, STAFF_P, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_A, OFFICER_B, OPERATOR, INTEGRATION)
                .target("not-a-secret").expect(NOBODY, 404);
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/calendar-feed").target(aId)
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_B).expect(OFFICER_A, 200)
                .expect(403, OPERATOR, INTEGRATION);
        matrix.endpoint(HttpMethod.POST, "/api/units/{unitId}/calendar-feed").target(aId)
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_B).expect(OFFICER_A, 200)
                .expect(403, OPERATOR, INTEGRATION);
        // the unit's to-do list: its own officers and the units above
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/tasks").target(aId)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_A, INTEGRATION)
                .expect(403, STAFF_Q, OFFICER_B, OPERATOR);
        matrix.endpoint(HttpMethod.POST, "/api/sweeps")
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(OPERATOR, 200);

        // the directory: read in the caller's line, managed below the caller's unit, imported by the operator
        matrix.endpoint(HttpMethod.GET, "/api/units")
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(OPERATOR, 403);
        matrix.endpoint(HttpMethod.GET, "/api/units/{id}").target(aId)
                .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OPERATOR, 403)
                .target(pId).expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.GET, "/api/units/{id}/subtree").target(uId)
                .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, INTEGRATION).expect(403, OFFICER_A, OPERATOR)
                .expect(STAFF_Q, 404);
        matrix.endpoint(HttpMethod.POST, "/api/units")
                .body(Map.of("code", "CDCS-N" + t, "name", "Công đoàn cơ sở mới", "level", "GRASSROOTS", "sector", "ENTERPRISE",
                        "parentId", uId, "openedOn", "2020-01-01"))
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_P, 201);
        matrix.endpoint(HttpMethod.PUT, "/api/units/{id}").target(bId)
                .body(Map.of("name", "Công đoàn cơ sở Trường B (đổi tên)", "sector", "PUBLIC_SECTOR", "openedOn", "1995-01-01"))
                .expect(401, NOBODY).expect(403, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(200, STAFF_P, STAFF_U)
                .target(pId).body(Map.of("name", "Liên đoàn Lao động tỉnh P", "openedOn", "1989-07-01")).expect(STAFF_P, 403);
        matrix.endpoint(HttpMethod.POST, "/api/units/{id}/move").target(bId)
                .body(Map.of("parentId", pId, "effectiveOn", today.toString()))
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.POST, "/api/units/{id}/close").target(bId).body(Map.of("closedOn", today.toString()))
                .expect(401, NOBODY).expect(403, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 200);
        String csv = SignedIn.CSV_HEADER + "CDCS-I" + t + ",Công đoàn cơ sở nhập,GRASSROOTS,ENTERPRISE," + u + ",2020-01-01,";
        matrix.endpoint(HttpMethod.POST, "/api/units/import").body(csv, MediaType.parseMediaType("text/csv"))
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(200, STAFF_P, STAFF_U, OPERATOR)
                .body(SignedIn.CSV_HEADER + "CDCS-R" + t + ",Gốc mới,NATIONAL,,,2020-01-01,", MediaType.parseMediaType("text/csv"))
                .expect(STAFF_P, 403);

        // service-support's audit trail: the federation's staff and operators, for a unit within their subtree
        matrix.endpoint(HttpMethod.GET, "/api/audit").query("?unitId=" + aId)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, OPERATOR).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OFFICER_B, INTEGRATION);
        matrix.sharedEndpoints("reporting.reports.plan-service.dlq", OPERATOR, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION);

        matrix.verify();
        matrix.assertCovers(mappings);
    }

    private static String token(String unitCode, Role... roles) {
        return TestIdentityProvider.tokenFor(unitCode, roles);
    }

    private static Map<String, Object> plan(String issuingUnitId, String number) {
        return Map.of("number", number, "issuingUnitId", issuingUnitId, "issueDate", "2026-01-15",
                "title", "Kế hoạch tuyên truyền " + number);
    }

    @SuppressWarnings("unchecked")
    private static String created(RestTestClient client, String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }
}
