package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import vn.congdoan.testsupport.TestClock;

/**
 * Đơn vị, the federation's directory in the portal, in a real browser against the real processes:
 * the staff of a province of the test's own browse down to a grassroots union, find it by name,
 * open a unit (first with a code the form refuses beside its field), move a grassroots union under
 * another district and see it there, close the unit they opened after the page says what closing
 * does, import a CSV with one bad row (the row's error shown, nothing imported) and then the
 * corrected file, and read a unit's officers with their channels and add one (a mistyped e-mail
 * named first). Every page is checked by axe-core and photographed at 360 and 1280 px into
 * {@code target/screenshots/directory-*}.
 */
class DirectoryBrowserIT {
    private static final String CSV_HEADER = "code,name,level,sector,parentCode,openedOn,closedOn\n";
    private static final String SUBMIT = "form.form button[type=submit]";

    @Test
    void provinceStaffBrowseOpenMoveCloseImportUnitsAndReadTheirOfficers() throws IOException {
        SeedPlan plan = new SeedPlan()
                .unit("province", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", null, null)
                .unit("district", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("ldld-b", "Liên đoàn Lao động thị xã An Nhơn", "UPPER_GRASSROOTS", null, "province")
                .unit("cang", "Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn", "GRASSROOTS", "ENTERPRISE", "district");
        PortalBrowserIT.registerOfficer(plan, "cang", "Lê Thị Bình", "district");
        String today = TestClock.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Platform.portal();

        try (PortalBrowser browser = new PortalBrowser(Platform.portalUrl())) {
            // the province's page: its level in words, its two districts with the size of their branches
            browser.open("/units").signIn(People.username(plan.number, "province"), People.PASSWORD).open("/units");
            assertThat(browser.url()).endsWith("/units/" + plan.province());
            assertThat(browser.heading()).isEqualTo("Liên đoàn Lao động tỉnh Bình Định");
            assertThat(browser.text("#unit-facts")).contains("Liên đoàn Lao động tỉnh, thành phố", plan.code("province"),
                    "01/01/2000").doesNotContain("PROVINCIAL");
            assertThat(browser.text("#children-title")).isEqualTo("Đơn vị trực thuộc (2)");
            assertThat(browser.text("#children")).contains("Liên đoàn Lao động thành phố Quy Nhơn",
                    "Công đoàn cấp trên cơ sở", "1 đơn vị trực thuộc", "Liên đoàn Lao động thị xã An Nhơn");
            System.out.println("[directory] the province's page, opened after signing in: " + browser.timing());
            browser.check("directory-province");

            // down to the grassroots union, and back up through its parent
            browser.click("#children a[href$='" + plan.unit("district") + "']");
            assertThat(browser.heading()).isEqualTo("Liên đoàn Lao động thành phố Quy Nhơn");
            browser.check("directory-district");
            browser.click("#children a[href$='" + plan.unit("cang") + "']");
            assertThat(browser.heading()).isEqualTo("Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn");
            assertThat(browser.text("#unit-facts")).contains("Công đoàn cơ sở", "Doanh nghiệp").doesNotContain("GRASSROOTS", "ENTERPRISE");
            assertThat(browser.text("#parent-link")).isEqualTo("Liên đoàn Lao động thành phố Quy Nhơn");
            browser.check("directory-grassroots");

            // found by part of its name, in any case
            browser.type("#q", "cảng quy nhơn").click("form.search button[type=submit]");
            assertThat(browser.text("#results-title")).startsWith("Có 1 đơn vị");
            assertThat(browser.text("#results")).contains("Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn");
            browser.check("directory-search");

            // a unit opened under the district: a code with a space and a letter with a diacritic is named first
            browser.open("/units/" + plan.unit("district")).click("#open-link");
            browser.type("#name", "Công đoàn cơ sở Trường THCS Ngô Mây").type("#code", "CĐCS NGÔ MÂY")
                    .click("#level-GRASSROOTS").click("#sector-PUBLIC_SECTOR").click(SUBMIT);
            assertThat(browser.has(".error-summary")).isTrue();
            assertThat(browser.text("#code-error")).contains("không có khoảng trắng");
            browser.check("directory-open-error");
            browser.type("#code", plan.code("ngo-may")).click(SUBMIT);
            assertThat(browser.heading()).isEqualTo("Công đoàn cơ sở Trường THCS Ngô Mây");
            assertThat(browser.text("#unit-facts")).contains(plan.code("ngo-may"), "Cơ quan, đơn vị hành chính sự nghiệp", today);
            assertThat(browser.text("main")).contains("Đã mở đơn vị.");
            String opened = browser.url().replaceAll("\\?.*", "");
            browser.check("directory-opened");

            // the port's union moves to the other district (the 2025 reorganisation), and is there
            browser.open("/units/" + plan.unit("cang")).click("#move-link");
            assertThat(browser.text("#branch-size")).contains("chỉ một đơn vị được chuyển");
            browser.click(SUBMIT);
            assertThat(browser.text("#parentId-error")).contains("Hãy chọn đơn vị cấp trên mới");
            browser.check("directory-move-error");
            browser.choose("#parentId", plan.unit("ldld-b")).click(SUBMIT);
            assertThat(browser.heading()).isEqualTo("Liên đoàn Lao động thị xã An Nhơn");
            assertThat(browser.text("main")).contains("Đã chuyển đơn vị");
            assertThat(browser.text("#children")).contains("Công đoàn cơ sở Công ty Cổ phần Cảng Quy Nhơn");
            browser.check("directory-moved");
            assertThat(plan.as("province").get(Platform.PLAN, "/api/units/" + plan.unit("cang")).get("parentId").asString())
                    .isEqualTo(plan.unit("ldld-b"));

            // the unit opened above is closed, after the page says what closing does
            browser.open(opened).click("#close-link");
            assertThat(browser.text("#close-effects")).contains("Khi giải thể", "không còn được tính vào số đơn vị phải báo cáo");
            browser.check("directory-close");
            browser.click(SUBMIT);
            assertThat(browser.text("main")).contains("Đã giải thể đơn vị từ ngày " + today, "Đã giải thể");
            assertThat(browser.has("#close-link")).isFalse();
            browser.check("directory-closed");

            // a CSV with one bad row: the row and its column named, nothing imported; then the corrected file
            String nhonHoa = plan.code("may-nhon-hoa");
            String nhonPhong = plan.code("th-nhon-phong");
            String rows = CSV_HEADER
                    + nhonHoa + ",Công đoàn cơ sở Công ty May Nhơn Hòa,GRASSROOTS,ENTERPRISE," + plan.code("ldld-b") + ",2015-03-01,\n"
                    + nhonPhong + ",Công đoàn cơ sở Trường Tiểu học Nhơn Phong,GRASSROOTS,PUBLIC_SECTOR," + plan.code("ldld-b")
                    + ",%s,\n";
            browser.open("/units/import");
            browser.check("directory-import");
            upload(browser, csv(plan, "bad", rows.formatted("2015-13-01")));
            assertThat(browser.text("#import-problem")).contains("Chưa nhập được tệp", "Chưa có đơn vị nào được nhập");
            assertThat(browser.text("#row-errors")).contains("Hàng 3", nhonPhong, "ngày thành lập (openedOn)")
                    .doesNotContain("Hàng 2");
            browser.check("directory-import-error");
            assertThat(plan.as("province").get(Platform.PLAN, "/api/units?code=" + nhonHoa).get("totalItems").asLong())
                    .as("all or nothing: the good row was not imported either").isZero();
            upload(browser, csv(plan, "good", rows.formatted("2015-09-05")));
            assertThat(browser.text("#import-result")).contains("2 hàng", "2 đơn vị mới, 0 đơn vị được cập nhật");
            browser.check("directory-import-done");
            browser.open("/units/" + plan.unit("ldld-b"));
            assertThat(browser.text("#children")).contains("Công đoàn cơ sở Công ty May Nhơn Hòa",
                    "Công đoàn cơ sở Trường Tiểu học Nhơn Phong");

            // the port union's officers, with how each hears of each kind of notification
            browser.open("/units/" + plan.unit("cang")).click("#officers-link");
            assertThat(browser.text("#officers")).contains("Lê Thị Bình", "Chủ tịch", "0256 3822 123", plan.email("cang"),
                    "Nhiệm vụ sắp đến hạn", "Trong trang này, Email").doesNotContain("CHAIR", "IN_APP");
            browser.check("directory-officers");
            browser.click("#add-officer").type("#name", "Phạm Văn Cường").click("#role-VICE_CHAIR")
                    .type("#phone", "0256 3822 456").type("#email", "cuong.cang-quy-nhon").click(SUBMIT);
            assertThat(browser.text("#email-error")).contains("ten@donvi.vn");
            browser.check("directory-officer-error");
            browser.type("#email", "cuong@" + plan.runId + ".congdoan.test").click(SUBMIT);
            assertThat(browser.text("main")).contains("Đã thêm cán bộ.", "Phạm Văn Cường", "Phó Chủ tịch", "Lê Thị Bình");

            browser.open("/units/" + plan.province() + "?lang=en");
            assertThat(browser.text("#unit-facts")).contains("Provincial federation");
            assertThat(browser.text("#children-title")).isEqualTo("Units below (2)");
            browser.check("directory-province-en");
            System.out.println("[directory] axe-core: " + browser.axeSummary());
        }
    }

    private static Path csv(SeedPlan plan, String name, String content) throws IOException {
        Path file = Path.of("target", "directory-" + plan.number + "-" + name + ".csv").toAbsolutePath();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void upload(PortalBrowser browser, Path file) {
        browser.element("#file").sendKeys(file.toString());
        browser.click(SUBMIT);
    }
}
