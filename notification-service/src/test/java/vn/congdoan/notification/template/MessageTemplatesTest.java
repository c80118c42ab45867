package vn.congdoan.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;

class MessageTemplatesTest {
    private final MessageTemplates templates = TemplateFixtures.templates();

    @Test
    void aReminderIsWordedInVietnameseWithTheDeadlineWrittenTheVietnameseWay() {
        MessageTemplates.Message message = templates.message(NotificationKind.TASK_DUE_SOON, "vi",
                TemplateFixtures.annualReportSevenDaysAhead());

        assertThat(message.title()).isEqualTo("Sắp đến hạn: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh");
        assertThat(message.body()).isEqualTo(
                "Nhiệm vụ “Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh” đến hạn ngày 30/11/2026, còn 7 ngày.");
    }

    @Test
    void anEnglishSpeakingOfficerGetsEnglishWithTheSameDeadline() {
        MessageTemplates.Message message = templates.message(NotificationKind.TASK_DUE_SOON, "en",
                TemplateFixtures.annualReportSevenDaysAhead());

        assertThat(message.title()).isEqualTo("Due soon: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh");
        assertThat(message.body()).contains("is due on 30/11/2026, 7 days left.");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToVietnamese() {
        assertThat(templates.message(NotificationKind.TASK_DUE, "fr", TemplateFixtures.annualReportSevenDaysAhead()).title())
                .startsWith("Đến hạn hôm nay:");
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = "TASK_.*", mode = EnumSource.Mode.MATCH_ALL)
    void everyTaskKindHasATitleBodyAndEmailInBothLanguages(NotificationKind kind) {
        boolean late = kind == NotificationKind.TASK_OVERDUE || kind == NotificationKind.TASK_ESCALATED;
        NotificationData data = new NotificationData("a1", "p-45", "45/KH-LĐLĐ", null, "Báo cáo 6 tháng", "cdcs-1",
                LocalDate.of(2026, 6, 30), late ? null : 3, late ? 9 : null);
        for (String language : new String[] {"vi", "en"}) {
            MessageTemplates.Message message = templates.message(kind, language, data);
            MessageTemplates.EmailBody email = templates.email(message, language, data);

            assertThat(message.title()).isNotBlank().contains("Báo cáo 6 tháng");
            assertThat(message.body()).contains("30/06/2026");
            assertThat(email.text()).contains(message.body(), "45/KH-LĐLĐ", "https://kehoach.congdoan.vn/plans/p-45/assignments/a1");
            assertThat(email.html()).contains("<a href=\"https://kehoach.congdoan.vn/plans/p-45/assignments/a1\">");
        }
    }

    @Test
    void theEmailCarriesTaskPlanDeadlineDaysLeftAndLink() {
        NotificationData data = TemplateFixtures.annualReportSevenDaysAhead();
        MessageTemplates.EmailBody email = templates.email(templates.message(NotificationKind.TASK_DUE_SOON, "vi", data), "vi", data);

        assertThat(email.text()).contains("Nhiệm vụ: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh",
                "Kế hoạch: 45/KH-LĐLĐ", "Hạn hoàn thành: 30/11/2026", "Còn lại: 7 ngày",
                "Xem nhiệm vụ: https://kehoach.congdoan.vn/plans/p-45/assignments/a1");
        assertThat(email.html()).contains("<td>30/11/2026</td>", "<td>7 ngày</td>");
    }

    @Test
    void htmlInATaskTitleIsEscapedInTheHtmlEmailButNotInThePlainText() {
        NotificationData data = new NotificationData("a1", "p-45", "45/KH-LĐLĐ", null, "Pano <khẩu hiệu> & tờ rơi",
                "cdcs-1", LocalDate.of(2026, 11, 30), 3, null);
        MessageTemplates.EmailBody email = templates.email(templates.message(NotificationKind.TASK_DUE_SOON, "vi", data), "vi", data);

        assertThat(email.html()).contains("Pano &lt;khẩu hiệu&gt; &amp; tờ rơi").doesNotContain("<khẩu hiệu>");
        assertThat(email.text()).contains("Pano <khẩu hiệu> & tờ rơi");
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = "TASK_.*", mode = EnumSource.Mode.MATCH_NONE)
    void everyOtherKindHasATitleBodyAndEmailInBothLanguagesWithItsOwnLink(NotificationKind kind) {
        NotificationData data = switch (kind) {
            case REPORT_SUBMITTED, REPORT_APPROVED, REPORT_RETURNED -> report("Thiếu số liệu quý IV");
            case FOLLOW_UP -> followUp();
            default -> target(kind == NotificationKind.TARGET_AT_RISK);
        };
        for (String language : new String[] {"vi", "en"}) {
            MessageTemplates.Message message = templates.message(kind, language, data);
            MessageTemplates.EmailBody email = templates.email(message, language, data);

            assertThat(message.title()).isNotBlank();
            assertThat(message.body()).isNotBlank();
            assertThat(email.text()).contains(message.body(), "https://kehoach.congdoan.vn/")
                    .doesNotContain("/assignments/");
            assertThat(email.html()).contains("<a href=\"https://kehoach.congdoan.vn/");
        }
    }

    @Test
    void aMissedTargetIsWordedTheVietnameseWayWithItsFiguresAndThreshold() {
        MessageTemplates.Message message = templates.message(NotificationKind.TARGET_MISSED, "vi", target(false));

        assertThat(message.body()).isEqualTo("Chỉ tiêu chưa đạt: ĐVNLĐ trong các doanh nghiệp được học tập, quán triệt "
                + "Nghị quyết đạt 64% (32.000/50.000), yêu cầu từ 65% trở lên, năm 2026 (LĐLĐ huyện Phù Cát).");
        assertThat(message.title()).isEqualTo("Chỉ tiêu chưa đạt năm 2026: LĐLĐ huyện Phù Cát");
        assertThat(templates.message(NotificationKind.TARGET_MISSED, "en", target(false)).body())
                .contains("reached 64% (32,000/50,000), required 65% or more, 2026");
    }

    @Test
    void aTargetAtRiskSaysHowFarBehindTheCalendarItIs() {
        assertThat(templates.message(NotificationKind.TARGET_AT_RISK, "vi", target(true)).body())
                .contains("mới đạt 64,5% (32.250/50.000)", "tiến độ 40,5% so với 75% thời gian đã qua");
    }

    @Test
    void aReturnedReportCarriesTheParentsReason() {
        assertThat(templates.message(NotificationKind.REPORT_RETURNED, "vi", report("Thiếu số liệu quý IV")).body())
                .isEqualTo("Báo cáo kỳ 2026 (lần 2) của CĐCS Công ty May 10 đã bị công đoàn cấp trên trả lại để chỉnh "
                        + "sửa. Lý do: “Thiếu số liệu quý IV”. Đề nghị chỉnh sửa và nộp lại.");
    }

    @Test
    void aReportsPeriodIsInWordsNotItsCode() {
        NotificationData halfYear = new NotificationData(null, "p-45", null, null, null, "cdcs-1", null, null, null,
                "CĐCS Công ty May 10", new NotificationData.Report("r-1", 1, "2026-H1", null, null), null, null);
        assertThat(templates.message(NotificationKind.REPORT_RETURNED, "vi", halfYear).title())
                .isEqualTo("Báo cáo bị trả lại: kỳ 6 tháng đầu năm 2026");
        assertThat(templates.message(NotificationKind.REPORT_RETURNED, "en", halfYear).title())
                .isEqualTo("Report returned: the first half of 2026");
        assertThat(MessageTemplates.periodWords("2026-Q3", "vi")).isEqualTo("quý III/2026");
        assertThat(MessageTemplates.periodWords("2026-11", "vi")).isEqualTo("tháng 11/2026");
        assertThat(MessageTemplates.periodWords("2026-11", "en")).isEqualTo("November 2026");
        assertThat(MessageTemplates.periodWords("2026", "vi")).isEqualTo("2026");
    }

    @Test
    void theFollowUpSaysHowManyChildrenHaveNotDoneEachTaskAndNamesThem() {
        MessageTemplates.Message message = templates.message(NotificationKind.FOLLOW_UP, "vi", followUp());

        assertThat(message.title()).isEqualTo("Theo dõi thực hiện ngày 23/11/2026: 1 nhiệm vụ của đơn vị trực thuộc chưa hoàn thành");
        assertThat(message.body()).isEqualTo("- 12/47 công đoàn cơ sở chưa nộp “Báo cáo năm” (45/KH-LĐLĐ), hạn 30/11/2026, "
                + "còn 7 ngày: CĐCS Công ty May 10, CĐCS Trường THPT Lê Lợi và 10 đơn vị khác.");
        assertThat(templates.message(NotificationKind.FOLLOW_UP, "en", followUp()).body())
                .startsWith("- 12 of 47 grassroots unions have not submitted “Báo cáo năm” (45/KH-LĐLĐ) due 30/11/2026");
    }

    @Test
    void aTaskGivenOutsideAPlanLinksToTheAssignmentWithoutAMissingPlanId() {
        NotificationData direct = new NotificationData("a7", null, null, null, "Tổng hợp kết quả", "cdcs-1",
                LocalDate.of(2026, 6, 30), 3, null);

        assertThat(templates.link(direct)).isEqualTo("https://kehoach.congdoan.vn/assignments/a7");
        assertThat(MessageTemplates.path(direct)).doesNotContain("null");
    }

    @Test
    void aTargetOfThePlansWholeTermSaysSoInsteadOfARawPeriodCode() {
        NotificationData.Target yearly = target(true).target();
        NotificationData.Target term = new NotificationData.Target(yearly.targetId(), yearly.metric(), yearly.comparator(),
                yearly.threshold(), yearly.measure(), vn.congdoan.contracts.plan.TargetPeriod.PLAN, "PLAN",
                yearly.periodEnd(), yearly.numerator(), yearly.denominator(), yearly.value(), yearly.progressPercent(),
                yearly.elapsedPercent());
        NotificationData data = new NotificationData(null, "p-45", "45/KH-LĐLĐ", null, null, "huyen-phu-cat", null, null,
                null, "LĐLĐ huyện Phù Cát", null, term, null);

        assertThat(templates.message(NotificationKind.TARGET_AT_RISK, "vi", data).title())
                .isEqualTo("Chỉ tiêu có nguy cơ không đạt cả kỳ kế hoạch: LĐLĐ huyện Phù Cát");
        for (String language : new String[] {"vi", "en"}) {
            MessageTemplates.Message message = templates.message(NotificationKind.TARGET_MISSED, language, data);
            assertThat(message.title() + message.body()).doesNotContain("PLAN");
        }
    }

    private static NotificationData report(String comment) {
        return new NotificationData(null, "p-45", null, null, null, "cdcs-1", null, null, null, "CĐCS Công ty May 10",
                new NotificationData.Report("r-1", 2, "2026", false, comment), null, null);
    }

    private static NotificationData target(boolean atRisk) {
        NotificationData.Target target = new NotificationData.Target("t-study", "ĐVNLĐ trong các doanh nghiệp được học tập, "
                + "quán triệt Nghị quyết", vn.congdoan.contracts.plan.Comparator.GTE, new java.math.BigDecimal("65"),
                vn.congdoan.contracts.plan.Measure.PERCENT_OF_MEMBERS, vn.congdoan.contracts.plan.TargetPeriod.YEARLY,
                "2026", LocalDate.of(2026, 12, 31), atRisk ? 32_250 : 32_000, 50_000,
                new java.math.BigDecimal(atRisk ? "64.5" : "64.0"), atRisk ? new java.math.BigDecimal("40.5") : null,
                atRisk ? new java.math.BigDecimal("75.0") : null);
        return new NotificationData(null, "p-45", "45/KH-LĐLĐ", null, null, "huyen-phu-cat", null, null, null,
                "LĐLĐ huyện Phù Cát", null, target, null);
    }

    private static NotificationData followUp() {
        NotificationData.Item item = new NotificationData.Item("p-45", "45/KH-LĐLĐ", null, "t-1", "Báo cáo năm", true,
                LocalDate.of(2026, 11, 30), 47, 12, java.util.List.of("CĐCS Công ty May 10", "CĐCS Trường THPT Lê Lợi"),
                "GRASSROOTS");
        return new NotificationData(null, null, null, null, null, "huyen-phu-cat", null, null, null, "LĐLĐ huyện Phù Cát",
                null, null, new NotificationData.FollowUp(LocalDate.of(2026, 11, 23), java.util.List.of(item)));
    }
}
