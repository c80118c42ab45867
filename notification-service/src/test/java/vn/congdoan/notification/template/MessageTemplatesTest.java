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
    @EnumSource(NotificationKind.class)
    void everyKindHasATitleBodyAndEmailInBothLanguages(NotificationKind kind) {
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
}
