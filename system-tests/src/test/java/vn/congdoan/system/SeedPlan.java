package vn.congdoan.system;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.testsupport.Samples;

/**
 * A small province of its own (unique codes, so tests never see each other's units), created by
 * the national confederation's staff, with a signed-in person for each of its units
 * ({@link People#UNIT_ROLES}: staff, officer and approver above the grassroots, an officer in a
 * grassroots union), and the federation's real plan {@code 000_a83a5adc1c0b5727.txt} read by
 * plan-service's importer and issued by that province's staff: its targets and its report task
 * ("báo cáo 6 tháng và báo cáo năm", to every upper-level and grassroots union) are what
 * reporting- and outreach-service work from.
 */
final class SeedPlan {
    final int number = Platform.nextProvince();
    final String runId = Platform.RUN + "-" + number;
    final Map<String, String> unitIds = new LinkedHashMap<>();
    String planId;
    /** The days before each due date the plan's tasks are reminded on; null: the federation's default. */
    private List<Integer> remindDaysBefore;

    String province() {
        return unitIds.get("province");
    }

    String unit(String key) {
        return unitIds.get(key);
    }

    String code(String key) {
        return People.unitCode(Platform.RUN, number, key);
    }

    /** The e-mail address of the person of unit {@code key}. */
    String email(String key) {
        return People.email(Platform.RUN, number, key);
    }

    /** Calls as the person of unit {@code key} ({@link People#UNIT_ROLES}). */
    Caller as(String key) {
        return Platform.as(People.username(number, key));
    }

    /**
     * Adds a unit under {@code parentKey} (null: the province itself, under the national
     * confederation), created by the staff of the unit above it.
     */
    SeedPlan unit(String key, String name, String level, String sector, String parentKey) {
        if (!People.UNIT_ROLES.containsKey(key)) {
            throw new IllegalArgumentException("no person for unit " + key + ": add it to People.UNIT_ROLES");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(key));
        body.put("name", name);
        body.put("level", level);
        if (sector != null) {
            body.put("sector", sector);
        }
        Caller staff = parentKey != null ? as(parentKey) : Platform.as(People.NATIONAL_STAFF);
        body.put("parentId", parentKey != null ? unitIds.get(parentKey) : nationalUnit(staff));
        body.put("openedOn", "2000-01-01");
        unitIds.put(key, staff.post(Platform.PLAN, "/api/units", body).get("id").asString());
        awaitReplicated(key);
        return this;
    }

    /**
     * Returns once the three services that keep a copy of the directory (from plan.units) know the
     * unit: until then its own person is refused there as outside their subtree, and a test that
     * reads its inbox, reports or roster at once would meet a 403 that no user would.
     */
    private void awaitReplicated(String key) {
        Caller own = as(key);
        String unit = URLEncoder.encode(unitIds.get(key), StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                own.call(Platform.NOTIFICATION, "GET", "/api/units/" + unit + "/notifications", null, null).statusCode() == 200
                        && own.call(Platform.OUTREACH, "GET", "/api/units/" + unit + "/roster", null, null).statusCode() == 200
                        && own.call(Platform.REPORTING, "GET", "/api/reports?unitId=" + unit, null, null).statusCode() == 200);
    }

    /** The national confederation every province sits under (code TLD, from the sample directory). */
    private static String nationalUnit(Caller staff) {
        return staff.get(Platform.PLAN, "/api/units?code=TLD").get("items").get(0).get("id").asString();
    }

    /** The plan will remind of its tasks on these days before each due date (the default is 7, 3, 1, 0). */
    SeedPlan remindDaysBefore(Integer... days) {
        remindDaysBefore = List.of(days);
        return this;
    }

    /**
     * Imports the seed document as a draft of the province, issued on {@code issueDate}, then issues
     * it, and returns once reporting- and outreach-service know the plan: its PlanIssued travels on
     * plan.plans, apart from the assignments on plan.tasks, so a report or an activity sent as soon
     * as the expected reports appear could still meet "no issued plan is known".
     */
    SeedPlan issue(LocalDate issueDate) {
        Caller staff = as("province");
        JsonNode imported = staff.post(Platform.PLAN, "/api/plan-imports?filename=000_a83a5adc1c0b5727.txt"
                        + "&issuingUnitId=" + province() + "&number=" + URLEncoder.encode(runId + "/KH-LĐLĐ", StandardCharsets.UTF_8)
                        + "&issueDate=" + issueDate,
                Samples.bytes(Samples.PROPAGANDA_PLAN_2021), "text/plain; charset=UTF-8");
        planId = imported.get("planId").asString();
        if (remindDaysBefore != null) {
            setReminders(staff);
        }
        staff.post(Platform.PLAN, "/api/plans/" + planId + "/issue", Map.of());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> staff.get(Platform.REPORTING,
                "/api/plans/" + planId) != null && staff.get(Platform.OUTREACH,
                "/api/plans/" + planId + "/coverage?form=FANPAGE_POST") != null);
        return this;
    }

    /** Changes the draft's reminder policy, as its issuer's staff would before issuing it. */
    @SuppressWarnings("unchecked")
    private void setReminders(Caller staff) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> content = json.convertValue(staff.get(Platform.PLAN, "/api/plans/" + planId).get("content"), Map.class);
        content.put("reminders", Map.of("daysBefore", remindDaysBefore, "overdueEveryDays", 3, "escalateAfterDaysOverdue", 7));
        var answer = staff.call(Platform.PLAN, "PUT", "/api/plans/" + planId, json.writeValueAsString(content), "application/json");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the draft's reminders were not changed: " + answer.statusCode() + " " + answer.body());
        }
    }
}
