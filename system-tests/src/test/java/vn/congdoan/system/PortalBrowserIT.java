package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;
import vn.congdoan.testsupport.TestClock;

/**
 * The officers' portal in a real browser (headless Chromium) against the real processes: the
 * identity provider's login form, the four services, the portal and the SMTP server. The
 * federation's seed plan is issued by a province of its own, reminding 15 days ahead, so today's
 * sweep (15 June on the tests' timeline) reminds every union of its 6-month report due 30 June.
 * A grassroots union's officer opens the task from the link in that e-mail, marks it done, sends
 * the unit's report (first with a mistake the form names); the union above returns it with a
 * reason; the officer reads the reason, corrects and sends it again; the union above approves it.
 * The unread count in the header follows each step; the officer changes their settings, records an
 * outreach activity (more members than the unit's roster: saved with a word to check) and corrects it. Every page is checked by axe-core and
 * photographed at 360 and 1280 px into {@code target/screenshots/}.
 */
class PortalBrowserIT {
    private static final String SIX_MONTHS = "2026-H1";
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final String ACTIVITY = "Hội nghị quán triệt Nghị quyết 02-NQ/TW cho đoàn viên Cảng Quy Nhơn";
    private static final String REASON = "Thiếu số đoàn viên được học tập Nghị quyết; đề nghị bổ sung.";

    @Test
    void aGrassrootsOfficerDoesTheTaskAndReportsTheUnionAboveReturnsItThenApprovesTheCorrection() throws IOException {
        assertThat(TestClock.today()).as("the reminder 15 days before 30 June is sent today").isEqualTo(DUE.minusDays(15));
        SeedPlan plan = new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("cang", "Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", "GRASSROOTS", "ENTERPRISE", "district")
                .remindDaysBefore(15, 7, 3, 1, 0);
        registerOfficer(plan, "cang", "Lê Thị Bình", "district");
        registerOfficer(plan, "district", "Trần Văn Duyệt", "province");
        plan.issue(LocalDate.of(2026, 1, 15));
        String reportId = plan.planId + ":" + SIX_MONTHS + ":" + plan.unit("cang");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> plan.as("cang")
                .get(Platform.REPORTING, "/api/units/" + plan.unit("cang") + "/expected-reports").toString().contains(reportId));
        Platform.as(People.OPERATOR).post(Platform.PLAN, "/api/sweeps", Map.of());

        MimeMessage reminder = Mails.awaitMessage(plan.email("cang"), m -> Mails.subject(m).startsWith("Sắp đến hạn"));
        Matcher link = Pattern.compile(Pattern.quote(Platform.portalUrl()) + "/plans/" + Pattern.quote(plan.planId)
                + "/assignments/[A-Za-z0-9:_-]+").matcher(Mails.plainText(reminder));
        assertThat(link.find()).as("the reminder links to the task's page in the portal").isTrue();
        Platform.portal();

        try (PortalBrowser browser = new PortalBrowser(Platform.portalUrl())) {
            // the grassroots union's officer follows the e-mail's link, signs in, and lands on the task
            browser.open(link.group()).signIn(People.username(plan.number, "cang"), People.PASSWORD);
            assertThat(browser.url()).as("the task the e-mail links to").startsWith(link.group());
            assertThat(browser.text("main")).contains("30/06/2026").contains("còn 15 ngày");
            long unreadAtFirst = browser.unread();
            assertThat(unreadAtFirst).as("the reminder, in the officer's own inbox and the unit's").isPositive();
            browser.open(link.group()); // measured on a plain visit, not at the end of the sign-in's redirects
            Map<String, Object> taskPage = browser.timing();
            browser.check("task");

            browser.type("#note", "Đã tổng hợp, gửi kèm báo cáo 6 tháng.")
                    .type("#evidenceUrl", "ldld-quynhon.vn/bao-cao")
                    .click("form.form button[type=submit]");
            assertThat(browser.text("#evidenceUrl-error")).as("a link without http(s):// is named beside its field")
                    .contains("https://");
            browser.check("task-error");
            browser.type("#evidenceUrl", "https://ldld-quynhon.vn/bao-cao-6-thang").click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).contains("30/06/2026");

            browser.open("/tasks");
            assertThat(browser.heading()).isEqualTo("Việc cần làm");
            assertThat(browser.text("main")).as("the seed plan's tasks of the unit, with the plan's number")
                    .contains(plan.runId + "/KH-LĐLĐ");
            browser.check("tasks");

            // the unit's calendar at a secret address, which a calendar app reads without signing in;
            // a new address replaces it and the old one stops answering
            browser.click("#calendar-feed");
            String feed = browser.element("#calendar-url").getDomProperty("value");
            assertThat(feed).startsWith(Platform.portalUrl() + "/calendar/").endsWith(".ics");
            assertThat(browser.element("#calendar-subscribe").getDomAttribute("href")).startsWith("webcal://");
            HttpResponse<String> calendar = withoutSignIn(feed);
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
            assertThat(calendar.body().replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR")
                    .contains("Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn").contains("RRULE:");
            browser.check("tasks-calendar");
            browser.click("#calendar-feed");
            assertThat(browser.element("#calendar-url").getDomProperty("value")).isNotEqualTo(feed);
            assertThat(withoutSignIn(feed).statusCode()).as("the replaced address").isEqualTo(404);

            // the unit's report: a mistake first, named in Vietnamese beside the field, then sent
            browser.open("/reports");
            assertThat(browser.text("main")).contains("Chưa gửi");
            browser.check("reports");
            browser.click("a[href$='" + reportId + "']");
            browser.type("#MEMBERS_ALL", "120").type("#STUDY_SESSIONS_ALL", "960").type("#SKILLS_TRAINING_ALL", "30")
                    .type("#narrative", "Đã tổ chức quán triệt Nghị quyết 02-NQ/TW cho đoàn viên, người lao động.")
                    .click("form.form button[type=submit]");
            assertThat(browser.has(".error-summary")).as("the error summary at the top").isTrue();
            assertThat(browser.text("#STUDY_SESSIONS_ALL-error")).as("more who studied than members").isNotBlank();
            browser.check("report-form-error");
            browser.type("#STUDY_SESSIONS_ALL", "60").click("form.form button[type=submit]");
            assertThat(browser.text("#report-status")).isEqualTo("Đã gửi, chờ duyệt");
            browser.check("report-sent");
            browser.signOut();

            // the union above returns it with a reason (first forgetting the reason)
            browser.open("/approvals").signIn(People.username(plan.number, "district"), People.PASSWORD);
            assertThat(browser.text("main")).contains("Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn");
            browser.check("approvals");
            browser.click("a[href$='" + reportId + "']");
            browser.check("report-to-decide");
            browser.click("#decision-return").click("form.form button[type=submit]");
            assertThat(browser.has("#comment-error")).as("a return needs its reason").isTrue();
            browser.click("#decision-return").type("#comment", REASON).click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).contains("trả lại");
            browser.signOut();

            // the officer sees the reason, one more unread, corrects and sends it again
            browser.open("/reports/" + reportId).signIn(People.username(plan.number, "cang"), People.PASSWORD);
            long unreadAfterReturn = awaitNotification(browser, "Báo cáo bị trả lại", unreadAtFirst);
            browser.check("inbox");
            browser.open("/reports/" + reportId);
            assertThat(browser.text("#return-reason")).contains(REASON);
            assertThat(browser.text("#report-status")).isEqualTo("Bị trả lại, cần sửa");
            browser.check("report-returned");
            browser.open("/reports/" + reportId + "/edit");
            assertThat(browser.element("#STUDY_SESSIONS_ALL").getDomProperty("value")).as("the form keeps what was sent").isEqualTo("60");
            browser.type("#STUDY_SESSIONS_ALL", "96").click("form.form button[type=submit]");
            assertThat(browser.text("#report-status")).isEqualTo("Đã gửi, chờ duyệt");
            assertThat(browser.text("main")).as("every version is kept").contains("Lần 1:").contains("Lần 2:");
            browser.signOut();

            // the approver approves the correction
            browser.open("/reports/" + reportId).signIn(People.username(plan.number, "district"), People.PASSWORD);
            browser.click("#decision").click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).isEqualTo("Đã duyệt báo cáo");
            browser.check("approvals-decided");
            // the plan and a target's page, as the target messages link to them
            browser.open("/plans/" + plan.planId);
            assertThat(browser.text("main")).contains(plan.runId + "/KH-LĐLĐ");
            browser.check("plan");
            browser.click("main ul.list a");
            assertThat(browser.text("main")).contains("Yêu cầu");
            browser.check("target");
            browser.signOut();

            // the officer: the approval arrives in the inbox; reading everything clears the count
            browser.open("/notifications").signIn(People.username(plan.number, "cang"), People.PASSWORD);
            awaitNotification(browser, "Báo cáo đã được phê duyệt", unreadAfterReturn);
            browser.click("form[action$='/notifications/read'] button");
            assertThat(browser.unread()).isZero();
            assertThat(browser.has(".card--unread")).isFalse();
            browser.open("/reports/" + reportId);
            assertThat(browser.text("#report-status")).isEqualTo("Đã duyệt");

            // Cài đặt: a time the officer mistyped is named; the choices are kept
            browser.open("/settings");
            browser.check("settings");
            browser.type("#quietFrom", "25:00").click("#channel_FOLLOW_UP_EMAIL").click("form.form button[type=submit]");
            assertThat(browser.has("#quietFrom-error")).as("25:00 is not a time").isTrue();
            browser.type("#quietFrom", "22:00").click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).isEqualTo("Đã lưu cài đặt");
            assertThat(browser.element("#quietFrom").getDomProperty("value")).isEqualTo("22:00");
            assertThat(browser.element("#channel_FOLLOW_UP_EMAIL").isSelected()).as("no e-mail for the daily summary").isFalse();
            assertThat(browser.element("#channel_TASK_DUE_SOON_EMAIL").isSelected()).isTrue();

            // Tuyên truyền: an activity with two mistakes, then recorded with more members than the roster
            // has (saved, with a word to check), then corrected with a reason; every version is kept
            assertThat(plan.as("cang").call(Platform.OUTREACH, "PUT", "/api/units/" + plan.unit("cang") + "/roster",
                    "{\"effectiveFrom\":\"" + TestClock.today() + "\",\"counts\":[{\"members\":120,\"workers\":150}]}",
                    "application/json").statusCode()).isEqualTo(200);
            browser.open("/outreach");
            assertThat(browser.text("#roster")).contains("120").contains("150");
            browser.click("#new-activity");
            browser.type("#title", ACTIVITY).type("#members", "130").type("#evidence", "facebook.com/cdcs-cang/posts/1")
                    .click("form.form button[type=submit]");
            assertThat(browser.text("#outreachForm-error")).as("the form of outreach is required").isNotBlank();
            assertThat(browser.text("#evidence-error")).as("a link without http(s)://").contains("https://");
            browser.check("activity-form-error");
            browser.choose("#outreachForm", "CONFERENCE_IN_PERSON").choose("#planId", plan.planId)
                    .type("#evidence", "https://www.facebook.com/cdcs-cang/posts/1").click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).isEqualTo("Đã ghi nhận hoạt động");
            assertThat(browser.text("#checks")).as("more members attended than the roster has").contains("nhiều hơn số đoàn viên");
            assertThat(browser.text("main")).contains(plan.runId + "/KH-LĐLĐ").contains("130 đoàn viên");
            browser.check("activity");
            browser.click("#correct-activity");
            assertThat(browser.element("#members").getDomProperty("value")).as("the form keeps what was recorded").isEqualTo("130");
            browser.type("#members", "110").click("form.form button[type=submit]");
            assertThat(browser.has("#reason-error")).as("a correction needs its reason").isTrue();
            browser.type("#reason", "Đếm lại theo danh sách ký tên.").click("form.form button[type=submit]");
            assertThat(browser.text(".panel--success")).startsWith("Đã lưu bản sửa");
            assertThat(browser.has("#checks")).as("110 members is within the roster").isFalse();
            assertThat(browser.text("#versions")).contains("Lần 1").contains("Lần 2").contains("Đếm lại theo danh sách ký tên.");
            assertThat(browser.text("main")).contains("110 đoàn viên");
            browser.open("/outreach");
            assertThat(browser.text("#activities")).contains(ACTIVITY).contains("Hội nghị trực tiếp");
            browser.check("outreach");

            browser.open("/tasks?lang=en");
            assertThat(browser.heading()).as("the English switch").isEqualTo("To do");
            browser.check("tasks-en");

            String figures = "task page (" + link.group() + "):\n" + format(taskPage)
                    + "\naxe-core (none serious or critical): " + browser.axeSummary() + "\n";
            Files.writeString(PortalBrowser.SCREENSHOTS.resolve("figures.txt"), figures);
            System.out.println("[portal] " + figures);
        }
    }

    /**
     * Reloads the inbox until it shows {@code title} and the header's unread count is above
     * {@code before}: the services tell each other within seconds. Returns the new count.
     */
    private static long awaitNotification(PortalBrowser browser, String title, long before) {
        Supplier<Long> unread = () -> {
            browser.open("/notifications");
            return browser.text("main").contains(title) ? browser.unread() : before;
        };
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(unread::get, n -> n > before);
    }

    /** An officer with e-mail at any hour (no quiet hours), registered by the staff of the unit above. */
    static void registerOfficer(SeedPlan plan, String unit, String name, String registeredBy) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> plan.as(registeredBy).post(Platform.NOTIFICATION,
                "/api/officers", Map.of("name", name, "unitId", plan.unit(unit), "role", "CHAIR", "email", plan.email(unit), "phone", "0256 3822 123",
                        "language", "vi", "preferences", Map.of("defaultChannels", List.of("IN_APP", "EMAIL"),
                                "quietFrom", "00:00", "quietTo", "00:00", "delivery", "IMMEDIATE"))) != null);
    }

    /** A calendar app's request: no session, no token. */
    private static HttpResponse<String> withoutSignIn(String address) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String format(Map<String, Object> timing) {
        StringBuilder text = new StringBuilder();
        timing.forEach((key, value) -> text.append("  ").append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
