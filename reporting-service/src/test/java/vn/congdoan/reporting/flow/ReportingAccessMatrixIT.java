package vn.congdoan.reporting.flow;

import static vn.congdoan.testsupport.AccessMatrix.NOBODY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.AccessMatrix;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * Who may call what in reporting-service, one row per endpoint × caller × target. Province P (its
 * upper-level union U, the school and the factory below U) and another province Q, as plan-service
 * publishes them ({@link Province}).
 */
@ServiceIntegrationTest
class ReportingAccessMatrixIT {
    private static final String STAFF_P = "staff@P", STAFF_U = "staff@U", STAFF_Q = "staff@Q", APPROVER_U = "approver@U",
            APPROVER_Q = "approver@Q", OFFICER_SCHOOL = "officer@school", OFFICER_FACTORY = "officer@factory",
            OPERATOR = "operator", INTEGRATION = "integration@P";

    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSaysAndEveryEndpointHasARow() {
        LocalDate today = LocalDate.now(clock);
        Province p = new Province(today);
        Province q = new Province(today);
        p.publish(http);
        q.publish(http);
        String report = p.planId + ":" + p.year + ":" + p.school;
        p.officerOf(http, p.school).post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .body(report(p, p.school)).exchange().expectStatus().isCreated();

        AccessMatrix matrix = new AccessMatrix(http)
                .caller(STAFF_P, token(p.province, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_U, token(p.upper, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_Q, token(q.province, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(APPROVER_U, token(p.upper, Role.UNIT_OFFICER, Role.APPROVER))
                .caller(APPROVER_Q, token(q.upper, Role.UNIT_OFFICER, Role.APPROVER))
                .caller(OFFICER_SCHOOL, token(p.school, Role.UNIT_OFFICER))
                .caller(OFFICER_FACTORY, token(p.factory, Role.UNIT_OFFICER))
                .caller(OPERATOR, token(p.province, Role.OPERATOR))
                .caller(INTEGRATION, token(p.province, Role.INTEGRATION));

        matrix.endpoint(HttpMethod.GET, "/api/reports").query("?unitId=" + p.school)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_SCHOOL, INTEGRATION)
                .expect(403, STAFF_Q, APPROVER_Q, OFFICER_FACTORY, OPERATOR);
        matrix.endpoint(HttpMethod.GET, "/api/reports/{id}").target(report)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_SCHOOL, INTEGRATION)
                .expect(404, STAFF_Q, APPROVER_Q, OFFICER_FACTORY).expect(OPERATOR, 403);
        for (String plan : new String[]{"/api/plans/{planId}", "/api/plans/{planId}/targets"}) {
            matrix.endpoint(HttpMethod.GET, plan).target(p.planId)
                    .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_SCHOOL, INTEGRATION)
                    .expect(404, STAFF_Q, APPROVER_Q).expect(OPERATOR, 403);
        }
        for (String figures : new String[]{"completeness", "rollup", "missing", "export.xlsx", "export.csv"}) {
            matrix.endpoint(HttpMethod.GET, "/api/plans/{planId}/periods/{period}/" + figures).target(p.planId, p.year)
                    .query("?unitId=" + p.upper)
                    .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, INTEGRATION)
                    .expect(403, STAFF_Q, APPROVER_Q, OFFICER_SCHOOL, OPERATOR);
        }
        matrix.endpoint(HttpMethod.GET, "/api/plans/{planId}/periods").target(p.planId).query("?unitId=" + p.upper)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, INTEGRATION)
                .expect(403, STAFF_Q, APPROVER_Q, OFFICER_SCHOOL, OPERATOR);
        // the reports a unit owes: its own officers and the units above
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/expected-reports").target(p.school)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_SCHOOL, INTEGRATION)
                .expect(403, STAFF_Q, APPROVER_Q, OFFICER_FACTORY, OPERATOR);
        matrix.endpoint(HttpMethod.POST, "/api/reports").body(report(p, p.school))
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_U, STAFF_Q, APPROVER_U, OFFICER_FACTORY, OPERATOR, INTEGRATION)
                .expect(OFFICER_SCHOOL, 201);
        matrix.endpoint(HttpMethod.POST, "/api/units/{unitId}/reports").target(p.factory)
                .body("{\"planId\":\"" + p.planId + "\",\"period\":\"" + p.year + "\",\"receivedOn\":\"" + today
                        + "\",\"counts\":[{\"metric\":\"MEMBERS\",\"value\":120}]}")
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_FACTORY, OPERATOR, INTEGRATION)
                .expect(STAFF_U, 201);
        matrix.endpoint(HttpMethod.POST, "/api/reports/{id}/approval").target(report).body(Map.of("decision", "APPROVE"))
                .expect(401, NOBODY).expect(403, STAFF_P, STAFF_U, STAFF_Q, OFFICER_SCHOOL, OPERATOR, INTEGRATION)
                .expect(APPROVER_Q, 404).expect(APPROVER_U, 200);
        matrix.endpoint(HttpMethod.PUT, "/api/plans/{planId}/timeliness").target(p.planId).body(Map.of("allowedDays", 5))
                .expect(401, NOBODY).expect(403, STAFF_U, APPROVER_U, OFFICER_SCHOOL, OPERATOR, INTEGRATION)
                .expect(STAFF_Q, 404).expect(STAFF_P, 200);
        matrix.endpoint(HttpMethod.POST, "/api/evaluations")
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OFFICER_SCHOOL, INTEGRATION).expect(OPERATOR, 200)
                .query("?asOf=" + today.plusDays(1)).expect(OPERATOR, 400);

        // service-support's audit trail: the federation's staff and operators, for a unit within their subtree
        matrix.endpoint(HttpMethod.GET, "/api/audit").query("?unitId=" + p.school)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, OPERATOR).expect(403, STAFF_Q, APPROVER_U, APPROVER_Q, OFFICER_SCHOOL, OFFICER_FACTORY, INTEGRATION);
        matrix.sharedEndpoints("plan.units.reporting-service.dlq", OPERATOR, STAFF_P, APPROVER_U, OFFICER_SCHOOL, INTEGRATION);

        matrix.verify();
        matrix.assertCovers(mappings);
    }

    private static String report(Province p, String unit) {
        return """
                {"planId":"%s","unitId":"%s","period":"%d","counts":[{"metric":"MEMBERS","value":2000},
                 {"metric":"STUDY_SESSIONS","value":1700}]}""".formatted(p.planId, unit, p.year);
    }

    private static String token(String unit, Role... roles) {
        return TestIdentityProvider.tokenFor(unit.toUpperCase(), roles);
    }
}
