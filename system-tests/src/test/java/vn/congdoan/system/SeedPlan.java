package vn.congdoan.system;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import vn.congdoan.testsupport.Samples;

/**
 * A small province of its own (unique codes, so tests never see each other's units) and the
 * federation's real plan {@code 000_a83a5adc1c0b5727.txt} read by plan-service's importer and
 * issued by that province: its targets and its report task ("báo cáo 6 tháng và báo cáo năm", to
 * every upper-level and grassroots union) are what reporting- and outreach-service work from.
 */
final class SeedPlan {
    final String runId = UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> unitIds = new LinkedHashMap<>();
    String planId;

    String province() {
        return unitIds.get("province");
    }

    String unit(String key) {
        return unitIds.get(key);
    }

    /** Adds a unit under {@code parentKey} (null: under the national confederation). */
    SeedPlan unit(String key, String name, String level, String sector, String parentKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "SYS-" + runId + "-" + key);
        body.put("name", name);
        body.put("level", level);
        if (sector != null) {
            body.put("sector", sector);
        }
        body.put("parentId", parentKey != null ? unitIds.get(parentKey) : nationalUnit());
        body.put("openedOn", "2000-01-01");
        JsonNode unit = Platform.post(Platform.PLAN, "/api/units", body);
        unitIds.put(key, unit.get("id").asString());
        return this;
    }

    /** The national confederation every province sits under: the directory has at most one. */
    private static synchronized String nationalUnit() {
        JsonNode found = Platform.get(Platform.PLAN, "/api/units?level=NATIONAL&size=1").get("items");
        if (!found.isEmpty()) {
            return found.get(0).get("id").asString();
        }
        return Platform.post(Platform.PLAN, "/api/units", Map.of("code", "TLD", "name", "Tổng Liên đoàn Lao động Việt Nam",
                "level", "NATIONAL", "openedOn", "1929-07-28")).get("id").asString();
    }

    /**
     * Imports the seed document as a draft of the province, issued on {@code issueDate}, then issues
     * it, and returns once reporting- and outreach-service know the plan: its PlanIssued travels on
     * plan.plans, apart from the assignments on plan.tasks, so a report or an activity sent as soon
     * as the expected reports appear could still meet "no issued plan is known".
     */
    SeedPlan issue(LocalDate issueDate) {
        JsonNode imported = Platform.post(Platform.PLAN, "/api/plan-imports?filename=000_a83a5adc1c0b5727.txt"
                        + "&issuingUnitId=" + province() + "&number=" + URLEncoder.encode(runId + "/KH-LĐLĐ", StandardCharsets.UTF_8)
                        + "&issueDate=" + issueDate,
                Samples.bytes(Samples.PROPAGANDA_PLAN_2021), "text/plain; charset=UTF-8");
        planId = imported.get("planId").asString();
        Platform.post(Platform.PLAN, "/api/plans/" + planId + "/issue", Map.of());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> Platform.get(Platform.REPORTING,
                "/api/plans/" + planId) != null && Platform.get(Platform.OUTREACH,
                "/api/plans/" + planId + "/coverage?form=FANPAGE_POST") != null);
        return this;
    }
}
