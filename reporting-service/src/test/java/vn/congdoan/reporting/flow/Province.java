package vn.congdoan.reporting.flow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.TestProducer;

/**
 * A small province played by plan-service over the real broker: a provincial federation, an
 * upper-level union, two grassroots unions under it (public sector, enterprise) and a third that
 * is in the directory but not in the plan; one plan with a yearly report task due 30/11 and
 * three targets. Every id is fresh, so tests never see each other's data.
 */
final class Province {
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String province = "ldld-" + tag;
    final String upper = "ldld-huyen-" + tag;
    final String school = "cdcs-truong-" + tag;
    final String factory = "cdcs-cty-" + tag;
    final String outsider = "cdcs-ngoai-" + tag;
    final String planId = "plan-" + tag;
    final int year;

    Province(LocalDate today) {
        this.year = today.getYear();
    }

    void publish(RestTestClient http) {
        try (TestProducer producer = TestProducer.open()) {
            unit(producer, province, "LĐLĐ tỉnh Bình Định " + tag, "PROVINCIAL", null);
            unit(producer, upper, "LĐLĐ huyện Tuy Phước " + tag, "UPPER_GRASSROOTS", null, province);
            unit(producer, school, "CĐCS Trường THPT Số 1 Tuy Phước " + tag, "GRASSROOTS", "PUBLIC_SECTOR", province, upper);
            unit(producer, factory, "CĐCS Công ty May Tuy Phước " + tag, "GRASSROOTS", "ENTERPRISE", province, upper);
            unit(producer, outsider, "CĐCS ngoài kế hoạch " + tag, "GRASSROOTS", "ENTERPRISE", province, upper);
            producer.sendEvent(EventType.PLAN_ISSUED, planId + ":1", planId, plan());
            for (String unit : new String[]{upper, school, factory}) {
                producer.sendEvent(EventType.TASK_ASSIGNED, "assigned:" + unit, "as-" + unit, assignment(unit));
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> staffOf(http, province).get()
                .uri("/api/plans/{p}/periods/{y}/completeness?unitId={u}", planId, year, province).exchange()
                .expectBody().jsonPath("$.completeness.expected").isEqualTo(3));
    }

    /** The unit's own officer. */
    RestTestClient officerOf(RestTestClient http, String unit) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(unit.toUpperCase(), Role.UNIT_OFFICER));
    }

    /** The upper-level union's officer who approves its children's reports. */
    RestTestClient approver(RestTestClient http) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(upper.toUpperCase(), Role.UNIT_OFFICER, Role.APPROVER));
    }

    /** Staff of the unit: the province's reads everything; the upper union's enters its children's paper reports. */
    RestTestClient staffOf(RestTestClient http, String unit) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(unit.toUpperCase(), Role.FEDERATION_STAFF, Role.UNIT_OFFICER));
    }

    RestTestClient operator(RestTestClient http) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(province.toUpperCase(), Role.OPERATOR));
    }

    String assignmentOf(String unit) {
        return "as-" + unit;
    }

    private static void unit(TestProducer producer, String id, String name, String level, String sector, String... ancestors) {
        String parent = ancestors.length == 0 || ancestors[ancestors.length - 1] == null ? null : ancestors[ancestors.length - 1];
        StringBuilder list = new StringBuilder();
        for (String a : ancestors) {
            if (a != null) {
                list.append(list.isEmpty() ? "" : ",").append('"').append(a).append('"');
            }
        }
        producer.sendEvent(EventType.UNIT_CHANGED, id + ":1", id, """
                {"id":"%s","code":"%s","name":"%s","level":"%s","sector":%s,"parentId":%s,"ancestors":[%s],
                 "openedOn":"1990-01-01","closedOn":null,"parentSince":"1990-01-01","version":1}"""
                .formatted(id, id.toUpperCase(), name, level, sector == null ? "null" : "\"" + sector + "\"",
                        parent == null ? "null" : "\"" + parent + "\"", list));
    }

    private String deadline() {
        return """
                {"kind":"YEARLY","phrase":"trước ngày 30/11 hàng năm","rrules":["FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"],
                 "occurrences":["%d-11-30"]}""".formatted(year);
    }

    private String plan() {
        return """
                {"planId":"%s","revision":1,"number":"45/KH-LĐLĐ","issuingUnitId":"%s","issueDate":"%d-01-15",
                 "title":"Kế hoạch tuyên truyền, quán triệt Nghị quyết","legalBasis":[],"purposes":[],"requirements":[],
                 "targets":[
                  {"id":"t-public","metric":"Hơn 90%% ĐVNLĐ khu vực hành chính sự nghiệp được học tập, quán triệt","comparator":"GT",
                   "threshold":90,"measure":"PERCENT_OF_MEMBERS","sector":"PUBLIC_SECTOR","level":null,"period":"YEARLY",
                   "indicator":"STUDY_SESSIONS","source":"REPORTS"},
                  {"id":"t-enterprise","metric":"65%% ĐVNLĐ doanh nghiệp trở lên được học tập, quán triệt","comparator":"GTE",
                   "threshold":65,"measure":"PERCENT_OF_MEMBERS","sector":"ENTERPRISE","level":null,"period":"YEARLY",
                   "indicator":"STUDY_SESSIONS","source":"REPORTS"},
                  {"id":"t-fanpage","metric":"100%% công đoàn cấp trên cơ sở đưa tin lên fanpage","comparator":"GTE",
                   "threshold":100,"measure":"PERCENT_OF_UNITS","sector":null,"level":"UPPER_GRASSROOTS","period":"YEARLY",
                   "indicator":"FANPAGE_POST","source":"OUTREACH"}],
                 "tasks":[{"id":"bc-nam","title":"Báo cáo kết quả hằng năm","reportTask":true,"deadline":%s,"assignees":[]}],
                 "assignmentCount":3,"recipients":[],"signer":null}""".formatted(planId, province, year, deadline());
    }

    private String assignment(String unit) {
        return assignment(unit, 1, deadline(), null);
    }

    /**
     * The unit's report task as revision {@code revision} tells it, due 30/11 this year and next,
     * ending on {@code activeUntil} (null: not ended).
     */
    String twoYearAssignment(String unit, int revision, LocalDate activeUntil) {
        String deadline = """
                {"kind":"YEARLY","phrase":"trước ngày 30/11 hàng năm","rrules":["FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"],
                 "occurrences":["%d-11-30","%d-11-30"]}""".formatted(year, year + 1);
        return assignment(unit, revision, deadline, activeUntil);
    }

    private String assignment(String unit, int revision, String deadline, LocalDate activeUntil) {
        return """
                {"assignmentId":"as-%s","planId":"%s","planRevision":%d,"planNumber":"45/KH-LĐLĐ","taskId":"bc-nam",
                 "taskTitle":"Báo cáo kết quả hằng năm","reportTask":true,"unitId":"%s","parentUnitId":null,
                 "deadline":%s,"dueDate":"%d-11-30","activeFrom":"%d-01-15","activeUntil":%s}"""
                .formatted(unit, planId, revision, unit, deadline, year, year,
                        activeUntil == null ? "null" : "\"" + activeUntil + "\"");
    }
}
