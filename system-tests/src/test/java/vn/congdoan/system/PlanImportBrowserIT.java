package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;
import vn.congdoan.testsupport.Samples;

/**
 * The federation's workspace, part 1, in a real browser: a province's staff import the seed plan
 * {@code 000_a83a5adc1c0b5727.txt} from its file (after a PDF and a document that is not a plan are
 * refused in words), see the importer's findings marked at their lines beside the draft, correct the
 * yearly deadline day the importer assumed (a number too long is named beside its field first), save,
 * see how many units each task reaches (the department's tasks none, in a province without departments),
 * issue the plan, and revise it, seeing what the revision
 * adds and drops before it is issued. Each page is checked by axe-core and photographed at 360 and
 * 1280 px ({@code plan-review} is the import review).
 */
class PlanImportBrowserIT {
    /** The task on line 57: "Hàng năm" gives no day, the importer assumed 31/12 and says so. */
    private static final String ASSUMED = "Hàng năm, các cấp công đoàn chủ động";
    private static final String NEW_TASK = "Tổng kết 5 năm thực hiện Nghị quyết số 02-NQ/TW";

    @Test
    void staffImportTheSeedPlanCorrectItReviewIssueAndReviseIt(@TempDir Path files) throws IOException {
        SeedPlan plan = new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("cang", "Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", "GRASSROOTS", "ENTERPRISE", "district");
        Path pdf = Files.write(files.resolve("ke-hoach.pdf"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        Path guide = Files.writeString(files.resolve("huong-dan.txt"),
                "HƯỚNG DẪN\nTổ chức hội nghị người lao động năm 2026\n\nI. YÊU CẦU\n- Tổ chức đúng thời gian.\n");
        Path seed = Samples.path(Samples.PROPAGANDA_PLAN_2021).toAbsolutePath();
        Platform.portal();

        try (PortalBrowser browser = new PortalBrowser(Platform.portalUrl())) {
            browser.open("/plans").signIn(People.username(plan.number, "province"), People.PASSWORD);
            assertThat(browser.heading()).isEqualTo("Kế hoạch");
            browser.check("plans");

            // bad files are named in words beside the file field, nothing is stored
            browser.click("#import-plan");
            upload(browser, pdf);
            assertThat(browser.text("#document-error")).contains(".docx").contains(".txt");
            upload(browser, guide);
            assertThat(browser.text("#document-error")).contains("không phải là Kế hoạch");
            browser.check("plan-import-error");

            // the seed plan, from its file: the review shows the findings at their lines
            browser.type("#number", plan.runId + "/KH-LĐLĐ");
            upload(browser, seed);
            assertThat(browser.url()).contains("/edit");
            String planId = browser.url().replaceAll(".*/plans/([^/]+)/edit.*", "$1");
            assertThat(browser.text("#findings")).contains("Dòng 57").contains("tạm chọn một ngày");
            assertThat(browser.text("#line-57 mark")).startsWith(ASSUMED);
            assertThat(browser.text("#line-57 .source__finding")).contains("tạm chọn một ngày");
            assertThat(browser.element("#findings a[href='#line-57']")).isNotNull();
            browser.check("plan-review");

            // the day the importer assumed for a yearly task: 15 January, not 31 December
            String day = taskField(browser, ASSUMED).replace(".title", ".day");
            assertThat(browser.element("[name='" + kind(day) + "']").getDomProperty("value")).isEqualTo("YEARLY");
            assertThat(browser.element("[name='" + day + "']").getDomProperty("value")).isEqualTo("31/12");
            browser.type("[name='" + day + "']", "15/01");
            browser.type("#number", "x".repeat(101)).click("#save-plan");
            assertThat(browser.has(".error-summary")).isTrue();
            assertThat(browser.text("#number-error")).as("plan-service's 400, in the portal's words").contains("100 ký tự");
            assertThat(browser.element("[name='" + day + "']").getDomProperty("value")).as("what was entered is kept")
                    .isEqualTo("15/01");
            browser.check("plan-review-error");
            browser.type("#number", plan.runId + "/KH-LĐLĐ").click("#save-plan");
            assertThat(browser.text(".panel--success")).contains("Đã lưu");
            JsonNode saved = plan.as("province").get(Platform.PLAN, "/api/plans/" + planId).get("content");
            assertThat(task(saved, ASSUMED).get("deadline").get("day").asString()).isEqualTo("--01-15");
            assertThat(saved.get("number").asString()).isEqualTo(plan.runId + "/KH-LĐLĐ");

            // how far each task reaches on the issue date, then issue it
            browser.click("#preview-issue");
            List<String> reach = elements(browser, "#reach td.numeric").stream().map(WebElement::getText).toList();
            assertThat(reach).as("one row per task").hasSize(12);
            assertThat(reach.getLast()).as("the yearly report: the upper-level and the grassroots union").isEqualTo("2");
            assertThat(reach).as("the department's tasks: this province has no departments, so the preview says so")
                    .filteredOn(units -> units.equals("Không đơn vị nào")).hasSize(6);
            assertThat(browser.text("#unreached")).startsWith("6 nhiệm vụ không đến đơn vị nào");
            long total = reach.stream().filter(units -> units.matches("\\d+")).mapToLong(Long::parseLong).sum();
            assertThat(total).isEqualTo(12);
            assertThat(browser.text("#reach-summary")).contains("giao " + total + " việc");
            browser.check("plan-issue");
            browser.click("#issue-plan");
            assertThat(browser.text("#plan-status")).isEqualTo("Đã ban hành");
            browser.check("plan-issued");
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> plan.as("district")
                    .get(Platform.PLAN, "/api/units/" + plan.unit("district") + "/tasks").toString().contains(planId));
            assertThat(plan.as("province").get(Platform.PLAN, "/api/plans/" + planId).get("assignmentCount").asLong())
                    .isEqualTo(total);

            // a revision: drop the first task, add one; what it adds and drops is shown before it is issued
            browser.click("#revise-plan");
            String firstTitle = browser.element("[name='tasks[0].title']").getDomProperty("value");
            browser.element("[name='tasks[0].remove']").click();
            String added = taskField(browser, "");
            browser.type("[name='" + added + "']", NEW_TASK);
            browser.element("[name='" + added.replace(".title", ".assignees") + "'][value='scope:GRASSROOTS:']").click();
            browser.choose("[name='" + kind(added) + "']", "ONGOING");
            browser.click("#review-revision");
            assertThat(browser.text("#diff-added")).contains(NEW_TASK);
            assertThat(browser.text("#diff-dropped")).contains(firstTitle.substring(0, 40));
            browser.check("plan-revision-diff");
            browser.click("#save-revision");
            assertThat(browser.text(".panel--success")).contains("bản sửa đổi");
            assertThat(elements(browser, "#revisions tbody tr")).hasSize(2);
            browser.check("plan-revised");
        }
    }

    private static String kind(String field) {
        return field.substring(0, field.lastIndexOf('.')) + ".kind";
    }

    private static List<WebElement> elements(PortalBrowser browser, String css) {
        return browser.element("html").findElements(By.cssSelector(css));
    }

    /** Chooses the file in the import form's file input, as a person does, and sends the form. */
    private static void upload(PortalBrowser browser, Path file) {
        browser.element("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.click("#import-submit");
    }

    /** The name of the title field of the task whose title starts with {@code start} ("": the empty row to add one). */
    private static String taskField(PortalBrowser browser, String start) {
        for (WebElement title : elements(browser, "textarea[name^='tasks['][name$='.title']")) {
            String value = title.getDomProperty("value").strip();
            if (start.isEmpty() ? value.isEmpty() : value.startsWith(start)) {
                return title.getDomAttribute("name");
            }
        }
        throw new AssertionError("no task starting with '" + start + "'");
    }

    private static JsonNode task(JsonNode content, String start) {
        for (JsonNode task : content.get("tasks")) {
            if (task.get("title").asString().startsWith(start)) {
                return task;
            }
        }
        throw new AssertionError("no task starting with '" + start + "'");
    }
}
