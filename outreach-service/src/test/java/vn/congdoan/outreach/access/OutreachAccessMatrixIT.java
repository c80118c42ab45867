package vn.congdoan.outreach.access;

import static vn.congdoan.testsupport.AccessMatrix.NOBODY;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.AccessMatrix;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.units.UnitReplica;

/**
 * Who may call what in outreach-service, one row per endpoint × caller × target. The tree:
 * province P with upper-level union U and its grassroots unions A and B; another province Q.
 */
@ServiceIntegrationTest
class OutreachAccessMatrixIT {
    private static final String STAFF_P = "staff@P", STAFF_Q = "staff@Q", APPROVER_U = "approver@U", OFFICER_A = "officer@A",
            OFFICER_B = "officer@B", OPERATOR = "operator", INTEGRATION = "integration@P";

    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSaysAndEveryEndpointHasARow() {
        Fixtures f = new Fixtures(units, plans);
        Fixtures other = new Fixtures(units, plans);
        String plan = f.plan000();
        String u = f.upper("LĐLĐ huyện Tuy Phước");
        String a = f.grassroots(u, "Công đoàn cơ sở Trường A", Sector.PUBLIC_SECTOR);
        String b = f.grassroots(u, "Công đoàn cơ sở Trường B", Sector.PUBLIC_SECTOR);
        String activityId = recorded(f.officerOf(http, a), a);

        AccessMatrix matrix = new AccessMatrix(http)
                .caller(STAFF_P, token(f.code(f.province), Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_Q, token(other.code(other.province), Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(APPROVER_U, token(f.code(u), Role.UNIT_OFFICER, Role.APPROVER))
                .caller(OFFICER_A, token(f.code(a), Role.UNIT_OFFICER))
                .caller(OFFICER_B, token(f.code(b), Role.UNIT_OFFICER))
                .caller(OPERATOR, token(f.code(f.province), Role.OPERATOR))
                .caller(INTEGRATION, token(f.code(f.province), Role.INTEGRATION));

        matrix.endpoint(HttpMethod.GET, "/api/activities")
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_A, OFFICER_B, INTEGRATION).expect(OPERATOR, 403)
                .query("?unitId=" + a).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION).expect(403, STAFF_Q, OFFICER_B);
        matrix.endpoint(HttpMethod.GET, "/api/activities/{id}").target(activityId)
                .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OPERATOR, 403);
        matrix.endpoint(HttpMethod.GET, "/api/forms")
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(OPERATOR, 403);
        for (String unitData : new String[]{"/api/units/{unitId}/facts", "/api/units/{unitId}/roster"}) {
            matrix.endpoint(HttpMethod.GET, unitData).target(a)
                    .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION)
                    .expect(403, STAFF_Q, OFFICER_B, OPERATOR);
        }
        matrix.endpoint(HttpMethod.GET, "/api/plans/{planId}/coverage").target(plan).query("?form=FANPAGE_POST")
                .expect(401, NOBODY).expect(200, STAFF_P, INTEGRATION).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR)
                .query("?form=FANPAGE_POST&unitId=" + u).expect(200, APPROVER_U);
        matrix.endpoint(HttpMethod.POST, "/api/activities").body(activity(a))
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION)
                .expect(OFFICER_A, 201);
        matrix.endpoint(HttpMethod.POST, "/api/activities/{id}/corrections").target(activityId)
                .body(activity(a).replace("\"title\"", "\"reason\":\"Đếm lại theo danh sách ký tên\",\"title\""))
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.PUT, "/api/units/{unitId}/roster").target(a)
                .body("{\"effectiveFrom\":\"2026-01-01\",\"counts\":[{\"members\":80,\"workers\":85}]}")
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION)
                .expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.POST, "/api/roster-imports")
                .body("unitCode,members,workers,effectiveFrom\n" + f.code(a) + ",90,95,2026-02-01\n", MediaType.parseMediaType("text/csv"))
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_P, 200);

        // service-support's audit trail: the federation's staff and operators, for a unit within their subtree
        matrix.endpoint(HttpMethod.GET, "/api/audit").query("?unitId=" + a)
                .expect(401, NOBODY).expect(200, STAFF_P, OPERATOR).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OFFICER_B, INTEGRATION);
        matrix.sharedEndpoints("plan.plans.outreach-service.dlq", OPERATOR, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION);

        matrix.verify();
        matrix.assertCovers(mappings);
    }

    private static String activity(String unit) {
        return """
                {"unitId":"%s","form":"UNION_MEETING","title":"Sinh hoạt công đoàn chuyên đề","startDate":"2026-04-01",\
                "attendance":{"members":30}}""".formatted(unit);
    }

    @SuppressWarnings("unchecked")
    private static String recorded(RestTestClient officer, String unit) {
        Map<String, Object> answer = officer.post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON)
                .body(activity(unit)).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Map<String, Object>) answer.get("activity")).get("activityId").toString();
    }

    private static String token(String unitCode, Role... roles) {
        return TestIdentityProvider.tokenFor(unitCode, roles);
    }
}
