package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up dashboard in a real browser: a province of its own issues the seed plan; of the
 * district's three grassroots unions (the page first shows all four owing it), one's 2025 year-end
 * report arrives on time, one's late (paper
 * reports entered by the district on the days they arrived, as SeedPlanReportingIT does), one never.
 * The province's staff opens the dashboard (the period whose reports were due last), reads the
 * figures, sees the chart drawn from the table beside it and the missing union with its officer's
 * phone, drills down to the district and back, and downloads the summary workbook, whose figures
 * Apache POI reads back.
 */
class DashboardBrowserIT {
    private static final String YEAR_END = "2025-H2";
    private static final String THPT = "Công đoàn cơ sở Trường THPT Quốc Học Quy Nhơn";
    private static final String DISTRICT = "Liên đoàn Lao động thành phố Quy Nhơn";

    @Test
    void theProvinceSeesWhoReportedOnTimeLateOrNotDrillsDownAndDownloadsTheSummary() throws IOException, InterruptedException {
        SeedPlan plan = new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", DISTRICT, "UPPER_GRASSROOTS", null, "province")
                .unit("cang", "Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", "GRASSROOTS", "ENTERPRISE", "district")
                .unit("go", "Công đoàn cơ sở Công ty TNHH Chế biến Gỗ Đức Thành", "GRASSROOTS", "ENTERPRISE", "district")
                .unit("thpt", THPT, "GRASSROOTS", "PUBLIC_SECTOR", "district");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> plan.as("district").post(Platform.NOTIFICATION,
                "/api/officers", Map.of("name", "Phạm Thị Thu", "unitId", plan.unit("thpt"), "role", "CHAIR",
                        "email", plan.email("thpt"), "phone", "0256 3822 456", "language", "vi",
                        "preferences", Map.of("defaultChannels", List.of("EMAIL"), "quietFrom", "00:00", "quietTo", "00:00",
                                "delivery", "IMMEDIATE"))) != null);
        plan.issue(LocalDate.of(2025, 1, 5));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> plan.as("province").get(Platform.REPORTING,
                "/api/plans/" + plan.planId + "/periods/" + YEAR_END + "/completeness?unitId=" + plan.province())
                .get("completeness").get("expected").asLong() == 4);
        Platform.portal();

        try (PortalBrowser browser = new PortalBrowser(Platform.portalUrl())) {
            // before any report: all four owe it
            browser.open("/dashboard").signIn(People.username(plan.number, "province"), People.PASSWORD);
            assertThat(browser.text("nav.nav")).as("the staff's nav item").contains("Theo dõi");
            browser.click("a[href$='/plans/" + plan.planId + "/dashboard']");
            assertThat(List.of(browser.text("#summary-submitted"), browser.text("#summary-missing")))
                    .as("nothing submitted yet").containsExactly("0/4", "4");
            assertThat(browser.text("#table-missing")).contains("Cảng Quy Nhơn");

            // then one union's report arrives on time and one's late: the same page shows it
            assertThat(submit(plan, "cang", LocalDate.of(2025, 12, 22), 1_200, 840).get("onTime").asBoolean()).isTrue();
            assertThat(submit(plan, "go", LocalDate.of(2026, 1, 12), 800, 360).get("onTime").asBoolean()).isFalse();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                browser.open("/plans/" + plan.planId + "/dashboard");
                return browser.text("#summary-submitted").equals("2/4");
            });
            assertThat(browser.element("#period").getDomProperty("value"))
                    .as("the latest period whose reports were due before today").isEqualTo(YEAR_END);
            assertThat(browser.text("#dashboard-unit")).isEqualTo("Liên đoàn Lao động tỉnh Bình Định");
            assertThat(List.of(browser.text("#summary-submitted"), browser.text("#summary-on-time"),
                    browser.text("#summary-late"), browser.text("#summary-missing")))
                    .as("submitted/expected, on time, late, missing: the district's own report and its three unions'")
                    .containsExactly("2/4", "1", "1", "2");
            assertThat(browser.text("#table-completeness tbody")).contains(DISTRICT).contains("2/4");
            awaitChart(browser, "#chart-completeness");
            Map<String, Object> firstVisit = browser.timing();
            assertThat(browser.text("#table-missing")).contains(THPT).contains(DISTRICT).contains("0256 3822 456");
            assertThat(browser.text("#table-missing")).doesNotContain("Cảng Quy Nhơn");
            browser.check("dashboard");

            // one level down: the district's three unions, worst first; the breadcrumb leads back up
            browser.click("#table-completeness a[href*='unit=" + plan.unit("district") + "']");
            assertThat(browser.text("#dashboard-unit")).isEqualTo(DISTRICT);
            assertThat(browser.text("#table-completeness tbody tr:first-child td"))
                    .as("worst first: the union that never reported above the two that did").isEqualTo(THPT);
            assertThat(browser.has("#table-completeness tbody tr:nth-child(3)")).isTrue();
            assertThat(browser.has("#table-completeness tbody tr:nth-child(4)")).as("its three unions").isFalse();
            assertThat(browser.has("#table-completeness tbody a")).as("nothing below a grassroots union to drill into").isFalse();
            awaitChart(browser, "#chart-completeness");
            browser.check("dashboard-district");

            String download = browser.element("#download-xlsx").getDomProperty("href");
            HttpResponse<byte[]> xlsx = withSession(download, browser.cookie("PORTAL_SESSION"));
            assertThat(xlsx.statusCode()).isEqualTo(200);
            String disposition = URLDecoder.decode(xlsx.headers().firstValue("Content-Disposition").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertThat(disposition).as("named after the plan, period and unit, never an id")
                    .contains("Tổng hợp").contains(YEAR_END).contains(DISTRICT).doesNotContain(plan.planId);
            List<List<String>> rows = rows(xlsx.body());
            assertThat(rows).anySatisfy(row -> assertThat(row).contains(THPT, "Chưa nộp"));
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("", "Tổng cộng", "", "2000", "1200")
                    .contains("Đã nộp 2/4 (đúng hạn 1)"));

            browser.click(".breadcrumbs a");
            awaitChart(browser, "#chart-completeness");
            Map<String, Object> laterVisit = browser.timing();
            assertThat(browser.text("#dashboard-unit")).isEqualTo("Liên đoàn Lao động tỉnh Bình Định");
            browser.open("/plans/" + plan.planId + "/dashboard?lang=en");
            assertThat(browser.text("h1")).isEqualTo("How the plan is carried out");
            browser.check("dashboard-en");
            String figures = "dashboard, first visit:\n" + format(firstVisit) + "dashboard, again (scripts cached):\n"
                    + format(laterVisit) + "axe-core: " + browser.axeSummary() + "\n";
            Files.writeString(PortalBrowser.SCREENSHOTS.resolve("dashboard-figures.txt"), figures);
            System.out.println("[dashboard] " + figures);
        }
    }

    /** ECharts has drawn the chart (an svg or a canvas inside the chart's element). */
    private static void awaitChart(PortalBrowser browser, String chart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.has(chart + " svg, " + chart + " canvas"));
        assertThat(browser.element(chart).getDomAttribute("aria-hidden")).as("the table beside it is what is read").isEqualTo("true");
    }

    private static String format(Map<String, Object> timing) {
        StringBuilder text = new StringBuilder();
        timing.forEach((key, value) -> text.append("  ").append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }

    /** A paper report entered by the district's staff on the day it arrived. */
    private static JsonNode submit(SeedPlan plan, String unit, LocalDate receivedOn, long members, long studied) {
        return plan.as("district").post(Platform.REPORTING, "/api/reports", Map.of("planId", plan.planId,
                "unitId", plan.unit(unit), "period", YEAR_END, "receivedOn", receivedOn.toString(),
                "counts", List.of(Map.of("metric", "MEMBERS", "value", members), Map.of("metric", "STUDY_SESSIONS", "value", studied)),
                "narrative", "Đã tổ chức quán triệt Nghị quyết 02-NQ/TW cho đoàn viên, người lao động."));
    }

    /** The download as the signed-in browser would fetch it: the portal's session cookie, nothing else. */
    private static HttpResponse<byte[]> withSession(String address, String session) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "PORTAL_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every row of the workbook's first sheet, each cell as Excel shows it. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
