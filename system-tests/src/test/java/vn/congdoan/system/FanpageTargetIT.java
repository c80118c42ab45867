package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.TestClock;

/**
 * Seed plan 000's third target, "100% công đoàn cấp trên cơ sở kịp thời đưa tin ... lên trang
 * fanpage", across the services: plan-service issues the plan (the importer marks the target as
 * measured by fanpage posts, from outreach), upper-level unions record their posts in
 * outreach-service, whose facts reporting-service uses to judge the target when the plan closes.
 */
class FanpageTargetIT {
    private static final String FANPAGE_TARGET = "c4";
    private final LocalDate today = TestClock.today();

    @Test
    void everyUpperLevelUnionPostingTheNewsOnItsFanpageMeetsTheTarget() {
        SeedPlan plan = province().issue(today.minusDays(60));

        post(plan, "ldld-a", today.minusDays(30));
        post(plan, "ldld-b", today.minusDays(20));
        JsonNode verdict = verdictOnClosing(plan, EventType.TARGET_MET, 2);

        assertThat(verdict.get("numerator").asLong()).isEqualTo(2);
        assertThat(verdict.get("denominator").asLong()).isEqualTo(2);
        assertThat(verdict.get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(verdict.get("target").get("metric").asString()).contains("fanpage công đoàn");
    }

    @Test
    void oneUpperLevelUnionThatNeverPostedMissesTheTargetForTheProvince() {
        SeedPlan plan = province().issue(today.minusDays(60));

        post(plan, "ldld-a", today.minusDays(30));
        JsonNode verdict = verdictOnClosing(plan, EventType.TARGET_MISSED, 1);

        assertThat(verdict.get("numerator").asLong()).isEqualTo(1);
        assertThat(verdict.get("denominator").asLong()).isEqualTo(2);
        assertThat(verdict.get("value").decimalValue()).isEqualByComparingTo("50");
    }

    private static SeedPlan province() {
        return new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("ldld-a", "Liên đoàn Lao động thị xã An Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("ldld-b", "Công đoàn ngành Giáo dục tỉnh", "UPPER_GRASSROOTS", null, "province")
                .unit("cdcs-a1", "Công đoàn cơ sở Công ty TNHH Sản xuất Gỗ Phú Tài", "GRASSROOTS", "ENTERPRISE", "ldld-a");
    }

    /**
     * The union's officer records its post of the news about the plan on its fanpage;
     * outreach-service accepts it for this plan.
     */
    private static void post(SeedPlan plan, String unit, LocalDate on) {
        JsonNode recorded = await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                plan.as(unit).post(Platform.OUTREACH, "/api/activities", Map.of(
                        "unitId", plan.unit(unit), "planId", plan.planId, "form", "FANPAGE_POST",
                        "title", "Đăng tin Nghị quyết số 02-NQ/TW của Bộ Chính trị lên fanpage công đoàn",
                        "startDate", on.toString(),
                        "reach", Map.of("views", 1250, "shares", 37, "reactions", 212),
                        "evidence", java.util.List.of("https://www.facebook.com/congdoan/posts/" + plan.runId))),
                response -> response.has("activity"));
        assertThat(recorded.get("activity").get("version").asLong()).isEqualTo(1);
    }

    /**
     * Closes the plan yesterday, waits until reporting-service has the outreach facts and the closing,
     * runs the evaluation and returns the province's verdict as published on reporting.targets.
     */
    private JsonNode verdictOnClosing(SeedPlan plan, EventType expected, long unitsThatPosted) {
        plan.as("province").post(Platform.PLAN, "/api/plans/" + plan.planId + "/close", Map.of("closedOn", today.minusDays(1).toString()));
        String evaluationId = plan.planId + ":" + FANPAGE_TARGET + ":" + plan.province() + ":PLAN";
        String status = expected == EventType.TARGET_MET ? "MET" : "MISSED";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                findEvaluation(plan, evaluationId).map(e -> e.get("verdict")).orElse(null),
                v -> v != null && v.get("status").asString().equals(status) && v.get("numerator").asLong() == unitsThatPosted);
        try (KafkaProbe targets = KafkaProbe.open("reporting.targets")) {
            Platform.as(People.OPERATOR).post(Platform.REPORTING, "/api/evaluations?asOf=" + today, Map.of());
            ConsumerRecord<String, byte[]> record = targets.awaitRecord(r -> evaluationId.equals(r.key()));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(expected.ceType());
            assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo("target-verdict:" + evaluationId + ":" + status);
            return JsonMapper.builder().build().readTree(KafkaProbe.value(record));
        }
    }

    private static java.util.Optional<JsonNode> findEvaluation(SeedPlan plan, String evaluationId) {
        for (JsonNode e : plan.as("province").get(Platform.REPORTING, "/api/plans/" + plan.planId + "/targets")) {
            if (evaluationId.equals(e.get("evaluationId").asString())) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
