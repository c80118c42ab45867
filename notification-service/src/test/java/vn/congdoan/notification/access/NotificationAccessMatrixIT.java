package vn.congdoan.notification.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.testsupport.AccessMatrix.NOBODY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.AccessMatrix;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.units.UnitReplica;

/**
 * Who may call what in notification-service, one row per endpoint × caller × target. Province P,
 * its upper-level union U and the grassroots unions A and B below U; another province Q. Officer A
 * and officer B are in this service's officer directory and sign in with their own e-mail.
 */
@NotificationServiceTest
class NotificationAccessMatrixIT {
    private static final String STAFF_P = "staff@P", STAFF_U = "staff@U", STAFF_Q = "staff@Q", APPROVER_U = "approver@U",
            OFFICER_A = "officer A (self)", OFFICER_B = "officer B", OPERATOR = "operator", INTEGRATION = "integration@P";

    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica replica;
    @Autowired
    Officers officers;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String t = UUID.randomUUID().toString().substring(0, 8);
    final String p = "ldld-p-" + t, u = "cdn-u-" + t, a = "cdcs-a-" + t, b = "cdcs-b-" + t, q = "ldld-q-" + t;

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSaysAndEveryEndpointHasARow() {
        SignedIn.branch(replica, p, u, a);
        SignedIn.branch(replica, p, u, b);
        SignedIn.branch(replica, q);
        Officer officerA = officers.save(OfficerFixtures.officer("Nguyễn Thị Hoa", a, "vi", ChannelType.IN_APP));
        Officer officerB = officers.save(OfficerFixtures.officer("Trần Văn Bình", b, "vi", ChannelType.IN_APP));
        Officer leaving = officers.save(OfficerFixtures.officer("Lê Văn Cường", a, "vi", ChannelType.IN_APP));
        LocalDate today = LocalDate.now(clock);

        AccessMatrix matrix = new AccessMatrix(http)
                .caller(STAFF_P, token(p, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_U, token(u, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(STAFF_Q, token(q, Role.FEDERATION_STAFF, Role.UNIT_OFFICER))
                .caller(APPROVER_U, token(u, Role.UNIT_OFFICER, Role.APPROVER))
                .caller(OFFICER_A, TestIdentityProvider.tokenAs(officerA.email(), a, Role.UNIT_OFFICER))
                .caller(OFFICER_B, TestIdentityProvider.tokenAs(officerB.email(), b, Role.UNIT_OFFICER))
                .caller(OPERATOR, token(p, Role.OPERATOR))
                .caller(INTEGRATION, token(p, Role.INTEGRATION));

        // the officer directory
        matrix.endpoint(HttpMethod.GET, "/api/officers").query("?unitId=" + a)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_A, INTEGRATION)
                .expect(403, STAFF_Q, OFFICER_B, OPERATOR);
        matrix.endpoint(HttpMethod.GET, "/api/officers/{id}").target(officerA.id())
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, OFFICER_A, INTEGRATION)
                .expect(404, STAFF_Q, OFFICER_B).expect(OPERATOR, 403);
        matrix.endpoint(HttpMethod.POST, "/api/officers").body(officer(a, "moi-" + t))
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_P, 201);
        matrix.endpoint(HttpMethod.PUT, "/api/officers/{id}").target(officerB.id()).body(officer(b, officerB.id()))
                .expect(401, NOBODY).expect(403, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(200, STAFF_P, STAFF_U)
                .body(officer(q, officerB.id())).expect(STAFF_P, 403);
        matrix.endpoint(HttpMethod.DELETE, "/api/officers/{id}").target(leaving.id())
                .expect(401, NOBODY).expect(403, APPROVER_U, OFFICER_A, OPERATOR, INTEGRATION).expect(STAFF_Q, 404)
                .expect(STAFF_P, 204);
        matrix.endpoint(HttpMethod.POST, "/api/officers/import").body("[" + officer(a, "nhap-" + t) + "]")
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, INTEGRATION).expect(200, STAFF_P, OPERATOR);
        // the officer's own settings
        matrix.endpoint(HttpMethod.GET, "/api/officers/{id}/preferences").target(officerA.id())
                .expect(401, NOBODY).expect(200, OFFICER_A, STAFF_P, STAFF_U).expect(403, APPROVER_U, OPERATOR, INTEGRATION)
                .expect(404, STAFF_Q, OFFICER_B);
        matrix.endpoint(HttpMethod.PUT, "/api/officers/{id}/preferences").target(officerA.id())
                .body(Map.of("delivery", "DAILY_DIGEST"))
                .expect(401, NOBODY).expect(200, OFFICER_A, STAFF_P).expect(403, APPROVER_U, OPERATOR, INTEGRATION)
                .expect(404, STAFF_Q, OFFICER_B);
        matrix.endpoint(HttpMethod.GET, "/api/officers/{id}/webhook").target(officerA.id())
                .expect(401, NOBODY).expect(200, OFFICER_A, STAFF_P, STAFF_U).expect(403, APPROVER_U, OPERATOR, INTEGRATION)
                .expect(404, STAFF_Q, OFFICER_B);
        matrix.endpoint(HttpMethod.PUT, "/api/officers/{id}/webhook").target(officerA.id())
                .body(Map.of("url", "https://hooks.congdoan.vn/x"))
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.POST, "/api/officers/{id}/webhook-secret").target(officerA.id())
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OFFICER_A, 200);
        matrix.endpoint(HttpMethod.DELETE, "/api/officers/{id}/webhook-secret").target(officerA.id())
                .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                .expect(OFFICER_A, 204);
        // inboxes
        for (String own : new String[]{"/api/officers/{officerId}/notifications", "/api/officers/{officerId}/notifications/read"}) {
            matrix.endpoint(own.endsWith("read") ? HttpMethod.POST : HttpMethod.GET, own).target(officerA.id())
                    .expect(401, NOBODY).expect(403, STAFF_P, APPROVER_U, OPERATOR, INTEGRATION).expect(404, STAFF_Q, OFFICER_B)
                    .expect(OFFICER_A, 200);
        }
        for (String unitInbox : new String[]{"/api/units/{unitId}/notifications", "/api/units/{unitId}/notifications/read"}) {
            matrix.endpoint(unitInbox.endsWith("read") ? HttpMethod.POST : HttpMethod.GET, unitInbox).target(a)
                    .expect(401, NOBODY).expect(403, STAFF_P, STAFF_Q, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION)
                    .expect(OFFICER_A, 200);
        }
        matrix.endpoint(HttpMethod.POST, "/api/notifications/{id}/read").target("khong-co-" + t)
                .expect(401, NOBODY).expect(403, OPERATOR, INTEGRATION).expect(404, OFFICER_A, OFFICER_B, STAFF_P);
        // a unit's digest time and follow-up
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/digest-time").target(a)
                .expect(401, NOBODY).expect(200, STAFF_P, APPROVER_U, OFFICER_A, INTEGRATION).expect(403, STAFF_Q, OFFICER_B, OPERATOR);
        matrix.endpoint(HttpMethod.PUT, "/api/units/{unitId}/digest-time").target(a).body(Map.of("digestAt", "16:45"))
                .expect(401, NOBODY).expect(200, STAFF_P, OFFICER_A).expect(403, STAFF_Q, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION);
        matrix.endpoint(HttpMethod.DELETE, "/api/units/{unitId}/digest-time").target(a)
                .expect(401, NOBODY).expect(403, STAFF_Q, APPROVER_U, OFFICER_B, OPERATOR, INTEGRATION).expect(204, OFFICER_A, STAFF_P);
        matrix.endpoint(HttpMethod.GET, "/api/units/{unitId}/follow-up").target(u)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, APPROVER_U, INTEGRATION).expect(403, STAFF_Q, OFFICER_A, OPERATOR);
        matrix.endpoint(HttpMethod.POST, "/api/follow-ups")
                .expect(401, NOBODY).expect(403, STAFF_P, OFFICER_A, INTEGRATION).expect(OPERATOR, 200)
                .query("?date=" + today.plusDays(1)).expect(OPERATOR, 400);

        // service-support's audit trail: the federation's staff and operators, for a unit within their subtree
        matrix.endpoint(HttpMethod.GET, "/api/audit").query("?unitId=" + a)
                .expect(401, NOBODY).expect(200, STAFF_P, STAFF_U, OPERATOR).expect(403, STAFF_Q, APPROVER_U, OFFICER_A, OFFICER_B, INTEGRATION);
        matrix.sharedEndpoints("plan.tasks.notification-service.dlq", OPERATOR, STAFF_P, OFFICER_A, INTEGRATION);

        matrix.verify();
        matrix.assertCovers(mappings);
    }

    /** An officer's personal data: the officer and staff of a unit above see it; others see the name only. */
    @Test
    void anOfficersEmailPhoneAndWebhookAreShownOnlyToThemAndToStaffAbove() {
        SignedIn.branch(replica, p, u, a);
        Officer officer = officers.save(OfficerFixtures.withWebhook("Phạm Thị Lan", a, "https://hooks.congdoan.vn/lan"));
        for (RestTestClient sees : new RestTestClient[]{SignedIn.as(http, officer), SignedIn.staffOf(http, p),
                SignedIn.staffOf(http, u)}) {
            sees.get().uri("/api/officers/{id}", officer.id()).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.email").isEqualTo(officer.email()).jsonPath("$.phone").isEqualTo(officer.phone())
                    .jsonPath("$.webhookUrl").isEqualTo("https://hooks.congdoan.vn/lan");
        }
        for (RestTestClient seesNameOnly : new RestTestClient[]{SignedIn.staffOf(http, a), SignedIn.officerOf(http, a),
                SignedIn.officerOf(http, u), TestIdentityProvider.as(http, token(p, Role.INTEGRATION))}) {
            String listed = seesNameOnly.get().uri("/api/officers?unitId={u}", a).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(listed).contains("Phạm Thị Lan").doesNotContain(officer.email(), officer.phone(), "hooks.congdoan.vn");
        }
    }

    private static String officer(String unit, String who) {
        return """
                {"name":"Cán bộ %s","unitId":"%s","role":"STAFF","email":"%s@congdoan.vn","phone":"0912 345 678","language":"vi"}"""
                .formatted(who, unit, who);
    }

    private static String token(String unit, Role... roles) {
        return TestIdentityProvider.tokenFor(unit, roles);
    }
}
