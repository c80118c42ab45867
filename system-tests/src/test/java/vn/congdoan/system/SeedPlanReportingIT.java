package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.KafkaProbe;

/**
 * Issue 6's whole story on the federation's own plan: plan-service issues seed plan 000 (its report
 * task "báo cáo 6 tháng và báo cáo năm" goes to every upper-level and grassroots union), three
 * grassroots unions of one district owe the 2025 annual report: one sends it on time, one late (a
 * paper report entered on the day it arrived), one never. reporting-service counts completeness and
 * timeliness, rolls the members up from the sums, judges the enterprise study target (65% or more)
 * missed when the year is over, and notification-service tells the federation's officer.
 */
class SeedPlanReportingIT {
    private static final String ANNUAL = "2025-H2";
    private static final String ENTERPRISE_STUDY_TARGET = "c2";

    @Test
    void threeGrassrootsUnionsReportOneLateOneNeverAndTheFederationHearsTheTargetWasMissed() {
        SeedPlan plan = new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("cang", "Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", "GRASSROOTS", "ENTERPRISE", "district")
                .unit("go", "Công đoàn cơ sở Công ty TNHH Chế biến Gỗ Đức Thành", "GRASSROOTS", "ENTERPRISE", "district")
                .unit("thpt", "Công đoàn cơ sở Trường THPT Quốc Học Quy Nhơn", "GRASSROOTS", "PUBLIC_SECTOR", "district");
        String email = "tuyengiao." + plan.runId + "@ldldbinhdinh.vn";
        plan.as("province").post(Platform.NOTIFICATION, "/api/officers", Map.of("name", "Nguyễn Thị Hồng Nhung",
                "unitId", plan.province(), "role", "DEPARTMENT", "email", email, "phone", "0256 3822 123", "language", "vi",
                "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"), "quietFrom", "00:00",
                        "quietTo", "00:00", "delivery", "IMMEDIATE")));
        plan.issue(LocalDate.of(2025, 1, 5));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                () -> completeness(plan, "province").get("completeness").get("expected").asLong() == 4);

        JsonNode onTime = submit(plan, "cang", LocalDate.of(2025, 12, 22), 1_200, 840);
        JsonNode late = submit(plan, "go", LocalDate.of(2026, 1, 12), 800, 360);
        assertThat(onTime.get("onTime").asBoolean()).isTrue();
        assertThat(late.get("onTime").asBoolean()).isFalse();

        JsonNode closed = await().atMost(Duration.ofSeconds(60)).until(() -> plan.as("district").get(Platform.PLAN,
                "/api/assignments/" + onTime.get("assignmentId").asString()), a -> a.get("completions").size() > 0);
        assertThat(closed.get("completions").get(0).get("occurrence").asString())
                .as("plan-service closed the report task's occurrence the report answers").isEqualTo("2025-12-31");
        assertThat(closed.get("completions").get(0).get("completedOn").asString()).isEqualTo("2025-12-22");

        JsonNode district = completeness(plan, "district");
        JsonNode c = district.get("completeness");
        assertThat(List.of(c.get("expected").asLong(), c.get("submitted").asLong(), c.get("onTime").asLong(),
                        c.get("late").asLong(), c.get("missing").asLong()))
                .as("expected, submitted, on time, late, missing in the district: its own report and its three unions'")
                .isEqualTo(List.of(4L, 2L, 1L, 1L, 2L));
        assertThat(district.get("children")).as("one row per grassroots union").hasSize(3);
        JsonNode province = completeness(plan, "province").get("completeness");
        assertThat(province.get("expected").asLong()).isEqualTo(4);
        assertThat(province.get("submitted").asLong()).isEqualTo(2);
        assertThat(plan.as("province").get(Platform.REPORTING, periodPath(plan, "missing", "district")).get("items"))
                .extracting(u -> u.get("unitId").asString())
                .containsExactlyInAnyOrder(plan.unit("district"), plan.unit("thpt"));

        JsonNode enterprise = sector(plan.as("province").get(Platform.REPORTING, periodPath(plan, "rollup", "province")), "ENTERPRISE");
        assertThat(enterprise.get("members").asLong()).isEqualTo(2_000);
        assertThat(enterprise.get("studySessions").asLong()).isEqualTo(1_200);

        JsonNode missed = evaluateTheYear(plan);
        assertThat(missed.get("numerator").asLong()).isEqualTo(1_200);
        assertThat(missed.get("denominator").asLong()).isEqualTo(2_000);
        assertThat(missed.get("value").decimalValue()).isEqualByComparingTo("60");

        String verdict = "đạt 60% (1.200/2.000), yêu cầu từ 65% trở lên, năm 2025";
        JsonNode told = await().atMost(Duration.ofSeconds(60)).until(() -> notificationSaying(plan, verdict),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(told.get("body").asString()).as("the metric, in the plan's own Vietnamese")
                .contains("ĐVNLĐ được tham gia học tập, quán triệt");
        assertThat(notificationSaying(plan, "hơn 90%"))
                .as("no public-sector report arrived: that target has no data, it is not reported missed").isEmpty();
    }

    /** A report received on paper, entered by the staff of the union's parent (the district federation). */
    private static JsonNode submit(SeedPlan plan, String unit, LocalDate receivedOn, long members, long studied) {
        return plan.as("district").post(Platform.REPORTING, "/api/reports", Map.of("planId", plan.planId, "unitId", plan.unit(unit),
                "period", ANNUAL, "receivedOn", receivedOn.toString(),
                "counts", List.of(Map.of("metric", "MEMBERS", "value", members),
                        Map.of("metric", "STUDY_SESSIONS", "value", studied)),
                "narrative", "Đã tổ chức quán triệt Nghị quyết 02-NQ/TW cho đoàn viên, người lao động."));
    }

    /** In the province's inbox, read by its officer. */
    private static java.util.Optional<JsonNode> notificationSaying(SeedPlan plan, String text) {
        JsonNode inbox = plan.as("province").get(Platform.NOTIFICATION, "/api/units/" + encode(plan.province()) + "/notifications?size=50");
        for (JsonNode item : inbox.get("items")) {
            if (item.get("body").asString().contains(text)) {
                return java.util.Optional.of(item);
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode evaluateTheYear(SeedPlan plan) {
        String evaluationId = plan.planId + ":" + ENTERPRISE_STUDY_TARGET + ":" + plan.province() + ":2025";
        try (KafkaProbe targets = KafkaProbe.open("reporting.targets")) {
            Platform.as(People.OPERATOR).post(Platform.REPORTING, "/api/evaluations?asOf=2026-01-15", Map.of());
            ConsumerRecord<String, byte[]> record = targets.awaitRecord(r -> evaluationId.equals(r.key()));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(EventType.TARGET_MISSED.ceType());
            return JsonMapper.builder().build().readTree(KafkaProbe.value(record));
        }
    }

    private static JsonNode completeness(SeedPlan plan, String unit) {
        return plan.as("province").get(Platform.REPORTING, periodPath(plan, "completeness", unit));
    }

    private static String periodPath(SeedPlan plan, String view, String unit) {
        return "/api/plans/" + plan.planId + "/periods/" + ANNUAL + "/" + view + "?unitId=" + encode(plan.unit(unit));
    }

    private static JsonNode sector(JsonNode rollup, String sector) {
        for (JsonNode line : rollup.get("total").get("members").get("bySector")) {
            if (sector.equals(line.get("sector").asString())) {
                return line;
            }
        }
        throw new AssertionError("no " + sector + " line in " + rollup);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
