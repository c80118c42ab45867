package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.congdoan.plan.imports.TaskDeadlines.Located;
import vn.congdoan.plan.deadline.DeadlineRule.Once;
import vn.congdoan.plan.deadline.DeadlineRule.SemiAnnual;
import vn.congdoan.plan.deadline.DeadlineRule.Yearly;

class TaskDeadlinesTest {

    @Test
    void takesTheBracketThatIsADeadlineAndDropsItFromTheTitle() {
        String text = "Tổ chức biên soạn như: đồ hoạ (inforgrafic, poster),… (Hoàn thành trong tháng 09/2021). ";

        Located located = TaskDeadlines.find(VietText.normalize(text)).orElseThrow();

        assertThat(located.deadline().rule()).isEqualTo(new Once(LocalDate.of(2021, 9, 30)));
        assertThat(located.deadline().phrase()).isEqualTo("Hoàn thành trong tháng 09/2021");
        assertThat(TaskDeadlines.withoutDeadline(VietText.normalize(text), located))
                .isEqualTo("Tổ chức biên soạn như: đồ hoạ (inforgrafic, poster),…");
    }

    @Test
    void readsTheReportPeriodInsideTheSentenceBeforeTheLeadingYearly() {
        String text = "Hàng năm, tổng hợp kết quả, báo cáo về LĐLĐ tỉnh, trong báo cáo hoạt động công đoàn 6 tháng và báo cáo năm.";

        Located located = TaskDeadlines.find(text).orElseThrow();

        assertThat(located.deadline().rule()).isEqualTo(new SemiAnnual());
        assertThat(located.deadline().phrase()).isEqualTo("báo cáo hoạt động công đoàn 6 tháng và báo cáo năm");
        assertThat(TaskDeadlines.withoutDeadline(text, located)).endsWith("6 tháng và báo cáo năm");
    }

    @Test
    void readsADeadlineThatOpensTheParagraph() {
        assertThat(TaskDeadlines.find("Trước ngày 30/11 hàng năm, các cấp công đoàn tổ chức đánh giá kết quả."))
                .map(l -> l.deadline().rule()).contains(new Yearly(MonthDay.of(11, 30)));
    }

    @Test
    void doesNotTakeAnAdverbInMidSentenceForADeadline() {
        assertThat(TaskDeadlines.find("Phát huy vai trò của cán bộ công đoàn; thường xuyên tương tác với thông tin.")).isEmpty();
    }
}
