package vn.congdoan.system;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestClock;

/**
 * One province's year through all four services, driven step by step so that a fault can strike at a
 * chosen fraction of it: its directory (a province, districts, enterprise grassroots unions) in
 * plan-service, an officer per grassroots union in notification-service, the federation's seed plan
 * issued to all of them (assignments, expected reports), a task due in seven days for every union
 * and the due-date sweeps (reminders, notifications, inbox entries, e-mails to GreenMail), the
 * districts' fanpage posts in outreach-service (facts for reporting-service), every union's annual
 * report (completions in plan-service, rollups), the plan closed and its targets judged (verdicts,
 * the province's notifications). {@link #check} then counts every expected effect: lost and repeated.
 */
final class FaultFlow {
    private static final String ANNUAL = "2025-H2";
    private static final LocalDate ISSUED = LocalDate.of(2025, 1, 5);
    private static final LocalDate REPORT_RECEIVED = LocalDate.of(2025, 12, 22);
    private static final LocalDate REPORT_DUE = LocalDate.of(2025, 12, 31);
    private static final int MEMBERS = 100;
    private static final int STUDIED = 60;
    private static final int SWEEP_EVERY = 25;

    private final FaultStack stack;
    private final int flow;
    private final int grassroots;
    private final int districts;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = TestClock.today();
    private final String reminderTitle;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> districtIds = new ArrayList<>();
    private final List<String> unitIds = new ArrayList<>();
    /** Per grassroots union (same order as unitIds): its task due in seven days, its report task's assignment. */
    private final List<String> reminderAssignments = new ArrayList<>();
    private final List<String> reportAssignments = new ArrayList<>();
    private String province;
    private String planId;
    private long lastFaultAt;

    record Step(String name, Runnable action) {
    }

    /** A fault striking once this fraction of the steps is done. */
    record Fault(double at, String name, Runnable action) {
    }

    /** What the flow left behind: expected effects counted, the lost and repeated ones among them. */
    record Tally(int expected, int lost, int repeated, int emailsExpected, int emailsLost, int emailsRepeated, List<String> problems) {
    }

    /**
     * Flow number {@code flow} of the stack: its units' codes and their people are the flow's own
     * ({@link #people}), so that flows run one after another never see each other's.
     */
    FaultFlow(FaultStack stack, int flow, int grassroots, int districts) {
        this.stack = stack;
        this.flow = flow;
        this.grassroots = grassroots;
        this.districts = districts;
        this.reminderTitle = "Báo cáo sơ kết công tác tuyên truyền, đợt " + run;
        plan();
    }

    /**
     * The people of flow {@code flow}, for the identity provider: the province's staff (who also
     * approves and follows up), each district's (which enters its unions' paper reports and posts
     * on its fanpage) and each grassroots union's officer (who reads its inbox).
     */
    static List<Map<String, Object>> people(int flow, int grassroots, int districts) {
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(person(flow, "province", People.aboveGrassroots()));
        for (int d = 0; d < districts; d++) {
            people.add(person(flow, "d" + d, People.aboveGrassroots()));
        }
        for (int u = 0; u < grassroots; u++) {
            people.add(person(flow, "g" + u, List.of("UNIT_OFFICER")));
        }
        return people;
    }

    private static Map<String, Object> person(int flow, String key, List<String> roles) {
        return People.person(username(flow, key), code(flow, key), roles, username(flow, key) + "@faults.congdoan.test");
    }

    private static String username(int flow, String key) {
        return "flt" + flow + "." + key;
    }

    /** Upper case, as plan-service keeps codes, so that the token's unit code finds the unit. */
    private static String code(int flow, String key) {
        return ("FLT" + flow + "-" + key).toUpperCase(Locale.ROOT);
    }

    private FaultStack.Acting as(String key) {
        return stack.as(username(flow, key));
    }

    private FaultStack.Acting operator() {
        return stack.as(People.OPERATOR);
    }

    private void plan() {
        step("province", () -> province = unit("province", "Liên đoàn Lao động tỉnh Bình Định " + run, "PROVINCIAL", null,
                nationalUnit(), stack.as(People.NATIONAL_STAFF)));
        for (int d = 0; d < districts; d++) {
            int district = d;
            step("district " + d, () -> districtIds.add(unit("d" + district, "Liên đoàn Lao động huyện Tuy Phước số "
                    + district + " (" + run + ")", "UPPER_GRASSROOTS", null, province, as("province"))));
        }
        for (int u = 0; u < grassroots; u++) {
            int union = u;
            step("grassroots union " + u, () -> unitIds.add(unit("g" + union, "Công đoàn cơ sở Công ty TNHH Chế biến Gỗ số "
                    + union + " (" + run + ")", "GRASSROOTS", "ENTERPRISE", districtIds.get(union % districts), as("province"))));
        }
        step("directory known to every service", this::awaitDirectoryReplicated);
        step("officers", this::importOfficers);
        step("plan imported", this::importPlan);
        step("plan issued", () -> {
            as("province").post(FaultStack.PLAN, "/api/plans/" + planId + "/issue", Map.of());
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                    as("province").get(FaultStack.REPORTING, "/api/plans/" + planId) != null
                            && as("province").get(FaultStack.OUTREACH, "/api/plans/" + planId + "/coverage?form=FANPAGE_POST") != null);
        });
        for (int u = 0; u < grassroots; u++) {
            int union = u;
            step("task due in 7 days " + u, () -> reminderAssignments.add(as("province").post(FaultStack.PLAN, "/api/assignments",
                    Map.of("unitId", unitIds.get(union), "taskTitle", reminderTitle,
                            "deadline", Map.of("kind", "ONCE", "due", today.plusDays(7).toString()))).get("id").asString()));
            if (u % SWEEP_EVERY == SWEEP_EVERY - 1 || u == grassroots - 1) {
                step("sweep", () -> operator().post(FaultStack.PLAN, "/api/sweeps", Map.of()));
            }
        }
        step("expected reports known", () -> await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> completeness().get("expected").asLong() == grassroots + districts));
        for (int d = 0; d < districts; d++) {
            int district = d;
            step("fanpage post " + d, () -> as("d" + district).post(FaultStack.OUTREACH, "/api/activities", Map.of(
                    "unitId", districtIds.get(district), "planId", planId, "form", "FANPAGE_POST",
                    "title", "Đăng tin Nghị quyết số 02-NQ/TW của Bộ Chính trị lên fanpage công đoàn",
                    "startDate", ISSUED.plusMonths(2).toString(),
                    "reach", Map.of("views", 1250, "shares", 37, "reactions", 212),
                    "evidence", List.of("https://www.facebook.com/congdoan/posts/" + run + "-" + district))));
        }
        for (int u = 0; u < grassroots; u++) {
            int union = u;
            // received on paper and entered by the district's staff, on time
            step("annual report " + u, () -> reportAssignments.add(as("d" + union % districts).post(FaultStack.REPORTING,
                    "/api/reports", Map.of("planId", planId, "unitId", unitIds.get(union), "period", ANNUAL,
                            "receivedOn", REPORT_RECEIVED.toString(), "counts", List.of(Map.of("metric", "MEMBERS", "value", MEMBERS),
                                    Map.of("metric", "STUDY_SESSIONS", "value", STUDIED)),
                            "narrative", "Đã tổ chức quán triệt Nghị quyết 02-NQ/TW cho đoàn viên, người lao động."))
                    .get("assignmentId").asString()));
        }
        step("plan closed", () -> as("province").post(FaultStack.PLAN, "/api/plans/" + planId + "/close",
                Map.of("closedOn", today.minusDays(1).toString())));
    }

    private void step(String name, Runnable action) {
        steps.add(new Step(name, action));
    }

    /** Runs every step, each fault once its fraction of the steps is done. */
    void drive(List<Fault> faults) {
        List<Fault> pending = new ArrayList<>(faults);
        for (int i = 0; i < steps.size(); i++) {
            double done = (double) i / steps.size();
            for (Fault fault : List.copyOf(pending)) {
                if (done >= fault.at()) {
                    System.out.printf("[faults] %s at step %d of %d (%s)%n", fault.name(), i, steps.size(), steps.get(i).name());
                    lastFaultAt = System.nanoTime();
                    fault.action().run();
                    pending.remove(fault);
                }
            }
            steps.get(i).action().run();
        }
    }

    /**
     * Waits until every effect has arrived at least once (the verdicts judged and published on the
     * way), then a while longer: a repeat comes after the claim lease of a killed dispatcher.
     */
    void awaitSettled(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> emailedOfficers().size() == grassroots);
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            JsonNode study = evaluation(planId + ":c2:" + province + ":2025");
            JsonNode fanpage = evaluation(planId + ":c4:" + province + ":PLAN");
            return study != null && study.get("verdict").get("denominator").asLong() == (long) grassroots * MEMBERS
                    && fanpage != null && fanpage.get("verdict").get("numerator").asLong() == districts;
        });
        operator().post(FaultStack.REPORTING, "/api/evaluations?asOf=" + today, Map.of());
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> missingVerdicts() == 0);
        await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            JsonNode c = completeness();
            return c.get("submitted").asLong() == grassroots;
        });
        FaultStack.pause(Duration.ofSeconds(25));
    }

    /** Every expected effect, looked up: lost when absent, repeated when there more than once. */
    Tally check() {
        List<String> problems = new ArrayList<>();
        int expected = 0;
        int lost = 0;
        int repeated = 0;
        for (int u = 0; u < grassroots; u++) {
            String assignment = reminderAssignments.get(u);
            JsonNode reminder = as("province").get(FaultStack.PLAN, "/api/assignments/" + assignment);
            int reminded = reminder.get("reminded").size();
            JsonNode inbox = as("g" + u).get(FaultStack.NOTIFICATION, "/api/units/" + encode(unitIds.get(u)) + "/notifications?size=200");
            long inboxed = count(inbox.get("items"), item -> assignment.equals(text(item, "assignmentId"))
                    && "TASK_DUE_SOON".equals(text(item, "kind")));
            JsonNode report = as("province").get(FaultStack.PLAN, "/api/assignments/" + reportAssignments.get(u));
            long completed = count(report.get("completions"), c -> REPORT_DUE.toString().equals(text(c, "occurrence")));
            long distinctItems = distinct(inbox.get("items"));
            expected += 3;
            lost += (reminded == 0 ? 1 : 0) + (inboxed == 0 ? 1 : 0) + (completed == 0 ? 1 : 0);
            repeated += Math.max(0, reminded - 1) + (int) Math.max(0, inboxed - 1) + (int) Math.max(0, completed - 1)
                    + (int) (inbox.get("items").size() - distinctItems);
            if (reminded != 1 || inboxed != 1 || completed != 1 || distinctItems != inbox.get("items").size()) {
                problems.add("union " + unitIds.get(u) + ": reminders " + reminded + ", inbox entries " + inboxed
                        + ", completions " + completed + ", inbox " + inbox.get("items"));
            }
        }
        JsonNode c = completeness();
        expected += 2;
        if (c.get("expected").asLong() != grassroots + districts || c.get("submitted").asLong() != grassroots) {
            problems.add("completeness: " + c);
            lost += Math.max(0, (int) (grassroots + districts - c.get("expected").asLong()))
                    + Math.max(0, (int) (grassroots - c.get("submitted").asLong()));
            repeated += Math.max(0, (int) (c.get("expected").asLong() - grassroots - districts))
                    + Math.max(0, (int) (c.get("submitted").asLong() - grassroots));
        }
        JsonNode enterprise = enterpriseRollup();
        expected += 1;
        long members = enterprise.get("members").asLong();
        if (members != (long) grassroots * MEMBERS || enterprise.get("studySessions").asLong() != (long) grassroots * STUDIED) {
            problems.add("rollup: " + enterprise);
            lost += members < (long) grassroots * MEMBERS ? 1 : 0;
            repeated += members > (long) grassroots * MEMBERS ? 1 : 0;
        }
        List<JsonNode> verdicts = verdictsInInbox();
        expected += 2;
        long distinctVerdicts = verdicts.stream().map(v -> text(v, "kind") + text(v, "body")).distinct().count();
        lost += missingVerdicts();
        repeated += verdicts.size() - (int) distinctVerdicts;
        if (missingVerdicts() != 0 || distinctVerdicts != verdicts.size()) {
            problems.add("verdicts in the province's inbox: " + verdicts);
        }
        Map<String, Integer> emails = emailsPerMessageId();
        int emailsRepeated = emails.values().stream().mapToInt(n -> n - 1).sum();
        int emailsLost = grassroots - emailedOfficers().size();
        return new Tally(expected, lost, repeated, grassroots, emailsLost, emailsRepeated, problems);
    }

    /** System.nanoTime() when the last fault struck. */
    long lastFaultAt() {
        return lastFaultAt;
    }

    private String unit(String key, String name, String level, String sector, String parentId, FaultStack.Acting staff) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(flow, key));
        body.put("name", name);
        body.put("level", level);
        if (sector != null) {
            body.put("sector", sector);
        }
        body.put("parentId", parentId);
        body.put("openedOn", "2000-01-01");
        return staff.post(FaultStack.PLAN, "/api/units", body).get("id").asString();
    }

    /** The national confederation (code TLD, from the sample directory the stack imports). */
    private String nationalUnit() {
        return stack.as(People.NATIONAL_STAFF).get(FaultStack.PLAN, "/api/units?code=TLD").get("items").get(0).get("id").asString();
    }

    /**
     * Waits until the services that keep a copy of the directory know every unit of the flow: until
     * then a union's officer is refused there as outside their subtree.
     */
    private void awaitDirectoryReplicated() {
        for (int u = 0; u < grassroots; u++) {
            FaultStack.Acting officer = as("g" + u);
            String unit = encode(unitIds.get(u));
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                    officer.get(FaultStack.NOTIFICATION, "/api/units/" + unit + "/notifications") != null
                            && officer.get(FaultStack.OUTREACH, "/api/units/" + unit + "/roster") != null
                            && officer.get(FaultStack.REPORTING, "/api/reports?unitId=" + unit) != null);
        }
    }

    private void importOfficers() {
        List<Map<String, Object>> officers = new ArrayList<>();
        for (int u = 0; u < grassroots; u++) {
            officers.add(officer("Chủ tịch Công đoàn cơ sở số " + u, unitIds.get(u), "CHAIR", grassrootsEmail(u)));
        }
        officers.add(officer("Nguyễn Thị Hồng Nhung", province, "DEPARTMENT", "tuyengiao@ldld-" + run + ".congdoan.vn"));
        as("province").post(FaultStack.NOTIFICATION, "/api/officers/import", officers);
    }

    private static Map<String, Object> officer(String name, String unitId, String role, String email) {
        return Map.of("name", name, "unitId", unitId, "role", role, "email", email, "phone", "0256 3822 123",
                "language", "vi", "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"),
                        "quietFrom", "00:00", "quietTo", "00:00", "delivery", "IMMEDIATE"));
    }

    private void importPlan() {
        planId = as("province").send(FaultStack.PLAN, "POST", "/api/plan-imports?filename=000_a83a5adc1c0b5727.txt&issuingUnitId=" + province
                        + "&number=" + encode(run + "/KH-LĐLĐ") + "&issueDate=" + ISSUED,
                Samples.bytes(Samples.PROPAGANDA_PLAN_2021), "text/plain; charset=UTF-8").get("planId").asString();
    }

    private String grassrootsEmail(int u) {
        return "chu.tich." + u + "@cdcs-" + run + ".congdoan.vn";
    }

    private JsonNode completeness() {
        return as("province").get(FaultStack.REPORTING, "/api/plans/" + planId + "/periods/" + ANNUAL + "/completeness?unitId="
                + encode(province)).get("completeness");
    }

    private JsonNode enterpriseRollup() {
        JsonNode rollup = as("province").get(FaultStack.REPORTING, "/api/plans/" + planId + "/periods/" + ANNUAL + "/rollup?unitId="
                + encode(province));
        for (JsonNode line : rollup.get("total").get("members").get("bySector")) {
            if ("ENTERPRISE".equals(text(line, "sector"))) {
                return line;
            }
        }
        throw new AssertionError("no ENTERPRISE line in " + rollup);
    }

    private JsonNode evaluation(String evaluationId) {
        for (JsonNode e : as("province").get(FaultStack.REPORTING, "/api/plans/" + planId + "/targets")) {
            if (evaluationId.equals(text(e, "evaluationId")) && e.get("verdict") != null && !e.get("verdict").isNull()) {
                return e;
            }
        }
        return null;
    }

    /** Of the two verdicts the province must hear (the study target missed at 60%, the fanpage target met), those not in its inbox. */
    private int missingVerdicts() {
        List<JsonNode> verdicts = verdictsInInbox();
        boolean studyMissed = verdicts.stream().anyMatch(v -> "TARGET_MISSED".equals(text(v, "kind")) && text(v, "body").contains("đạt 60%"));
        boolean fanpageMet = verdicts.stream().anyMatch(v -> "TARGET_MET".equals(text(v, "kind")));
        return (studyMissed ? 0 : 1) + (fanpageMet ? 0 : 1);
    }

    /** The province's target notifications. */
    private List<JsonNode> verdictsInInbox() {
        List<JsonNode> verdicts = new ArrayList<>();
        for (JsonNode item : as("province").get(FaultStack.NOTIFICATION, "/api/units/" + encode(province)
                + "/notifications?size=200").get("items")) {
            if (text(item, "kind").startsWith("TARGET_")) {
                verdicts.add(item);
            }
        }
        return verdicts;
    }

    /** The grassroots officers who have the reminder e-mail. */
    private Set<String> emailedOfficers() {
        Set<String> emailed = new HashSet<>();
        for (MimeMessage message : stack.mail().getReceivedMessages()) {
            String to = recipient(message);
            if (to.endsWith("@cdcs-" + run + ".congdoan.vn") && subject(message).contains(reminderTitle)) {
                emailed.add(to);
            }
        }
        return emailed;
    }

    /** Every e-mail of this run by Message-ID (a repeat carries the Message-ID of its first sending). */
    private Map<String, Integer> emailsPerMessageId() {
        Map<String, Integer> perId = new LinkedHashMap<>();
        for (MimeMessage message : stack.mail().getReceivedMessages()) {
            if (recipient(message).contains(run)) {
                perId.merge(messageId(message), 1, Integer::sum);
            }
        }
        return perId;
    }

    private static long count(JsonNode items, Predicate<JsonNode> matching) {
        long n = 0;
        for (JsonNode item : items) {
            if (matching.test(item)) {
                n++;
            }
        }
        return n;
    }

    /** Distinct inbox entries: one occasion (kind, assignment, text) told twice is a repeat. */
    private static long distinct(JsonNode items) {
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            seen.add(text(item, "kind") + "|" + text(item, "assignmentId") + "|" + text(item, "body"));
        }
        return seen.size();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? "" : Arrays.stream(message.getAllRecipients())
                    .map(Object::toString).findFirst().orElse("");
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return Objects.toString(message.getSubject(), "");
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return e.toString();
        }
    }
}
