package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.stack.IdentityProvider;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.Samples;

/**
 * Sign-in across the services as processes, with the demo accounts signing in to the identity
 * provider process on the sample directory: who may do what is decided by the token each call
 * carries, in every service, and only the one trusted issuer's tokens count.
 */
class SignInRulesIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyServiceAnswers401WithoutAToken() {
        readsOfTheUnion().forEach((service, path) -> {
            HttpResponse<String> answer = Platform.anonymous().call(service, "GET", path, null, null);
            assertThat(answer.statusCode()).as("%s GET %s without a token", service, path).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as(service).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        });
    }

    @Test
    void aGrassrootsOfficerReadsOnlyTheirOwnUnionsInboxAndSubmitsOnlyItsReport() {
        Caller officer = Platform.as(People.OFFICER_LE_QUY_DON);
        String own = unitId("CDCS-0002");
        String sibling = unitId("CDCS-0003");

        assertThat(officer.call(Platform.NOTIFICATION, "GET", "/api/units/" + own + "/notifications", null, null)
                .statusCode()).as("the own union's inbox").isEqualTo(200);
        assertThat(officer.call(Platform.NOTIFICATION, "GET", "/api/units/" + sibling + "/notifications", null, null)
                .statusCode()).as("another union's inbox").isEqualTo(403);

        String plan = issuedPlanOfTheProvince();
        HttpResponse<String> foreign = officer.call(Platform.REPORTING, "POST", "/api/reports",
                JSON.writeValueAsString(report(plan, sibling)), "application/json");
        assertThat(foreign.statusCode()).as("another union's report: %s", foreign.body()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"status\":403");
    }

    @Test
    void theUpperLevelUnionsApproverApprovesItsChildsReportAndTheServerRecordsWhoActed() {
        String plan = issuedPlanOfTheProvince();
        String union = unitId("CDCS-0002");
        Map<String, Object> body = new java.util.LinkedHashMap<>(report(plan, union));
        body.put("submittedBy", "Người khác"); // ignored: the token says who submits
        JsonNode submitted = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                Platform.as(People.OFFICER_LE_QUY_DON).post(Platform.REPORTING, "/api/reports", body), r -> r.has("id"));
        assertThat(submitted.get("versions").get(0).get("submittedBy").asString()).isEqualTo("Lê Thị Bình");

        String approval = "/api/reports/" + submitted.get("id").asString() + "/approval";
        String approve = JSON.writeValueAsString(Map.of("decision", "APPROVE"));
        assertThat(Platform.as(People.OFFICER_QUOC_HOC).call(Platform.REPORTING, "POST", approval, approve, "application/json")
                .statusCode()).as("an officer without the approver role").isEqualTo(403);
        assertThat(Platform.as(People.STAFF).call(Platform.REPORTING, "POST", approval, approve, "application/json")
                .statusCode()).as("the province's staff: not the union's parent, and not an approver").isEqualTo(403);

        JsonNode approved = Platform.as(People.APPROVER).post(Platform.REPORTING, approval, Map.of("decision", "APPROVE"));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decisions").get(0).get("decidedBy").asString()).isEqualTo("Trần Văn Duyệt");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenForTheSamePerson() {
        Path root = Samples.repositoryRoot();
        Map<String, String> reads = readsOfTheUnion();
        Caller officer = Platform.as(People.OFFICER_LE_QUY_DON);
        reads.forEach((service, path) -> assertThat(officer.call(service, "GET", path, null, null).statusCode())
                .as("%s GET %s with the trusted issuer's token", service, path).isEqualTo(200));
        try (ServiceProcess other = IdentityProvider.awaitReady(IdentityProvider.start(
                ServiceProcess.serviceJar(root, IdentityProvider.NAME), ServiceProcess.freePort(),
                root.resolve("system-tests/target/service-logs/identity-provider-other.log")), Duration.ofSeconds(120))) {
            Caller impostor = Caller.signedIn(IdentityProvider.issuer(other.port()), People.OFFICER_LE_QUY_DON,
                    People.PASSWORD, Platform::baseUrl);
            reads.forEach((service, path) -> assertThat(impostor.call(service, "GET", path, null, null).statusCode())
                    .as("%s GET %s with another provider's token for the same person and unit", service, path).isEqualTo(401));
        }
    }

    /** One read of each service about the union of canbo.lequydon (CDCS-0002), which its officer may make. */
    private static Map<String, String> readsOfTheUnion() {
        String unit = unitId("CDCS-0002");
        return Map.of(
                Platform.PLAN, "/api/units/" + unit,
                Platform.OUTREACH, "/api/activities?unitId=" + unit,
                Platform.REPORTING, "/api/reports?unitId=" + unit,
                Platform.NOTIFICATION, "/api/units/" + unit + "/notifications");
    }

    private static Map<String, Object> report(String plan, String unit) {
        return Map.of("planId", plan, "unitId", unit, "period", "2026-H1",
                "counts", List.of(Map.of("metric", "MEMBERS", "value", 64), Map.of("metric", "STUDY_SESSIONS", "value", 60)),
                "narrative", "Đã tổ chức quán triệt Nghị quyết 02-NQ/TW cho toàn thể đoàn viên.");
    }

    /**
     * The seed plan imported and issued by the demo province's staff (a new plan each time: its
     * number is unique), once reporting-service knows it.
     */
    private static String issuedPlanOfTheProvince() {
        Caller staff = Platform.as(People.STAFF);
        String number = URLEncoder.encode(java.util.UUID.randomUUID().toString().substring(0, 8) + "/KH-LĐLĐ", StandardCharsets.UTF_8);
        String plan = staff.post(Platform.PLAN, "/api/plan-imports?filename=000_a83a5adc1c0b5727.txt&issuingUnitId="
                        + unitId("LDLD-BINHDINH") + "&number=" + number + "&issueDate=2026-01-15",
                Samples.bytes(Samples.PROPAGANDA_PLAN_2021), "text/plain; charset=UTF-8").get("planId").asString();
        staff.post(Platform.PLAN, "/api/plans/" + plan + "/issue", Map.of());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> staff.get(Platform.REPORTING, "/api/plans/" + plan) != null);
        return plan;
    }

    private static String unitId(String code) {
        return Platform.as(People.STAFF).get(Platform.PLAN, "/api/units?code=" + code).get("items").get(0).get("id").asString();
    }
}
