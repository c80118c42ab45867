package vn.congdoan.plan.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * Assignments of the seed plan {@code samples/plans/000_a83a5adc1c0b5727.txt} (LĐLĐ tỉnh Bình Định,
 * propaganda plan for Resolution 02-NQ/TW), quoted from its "IV. TỔ CHỨC THỰC HIỆN" section, with
 * the rule each deadline phrase maps to (docs/architecture.md §5).
 */
public final class SeedPlanFixtures {

    /** The seed does not show its issue date; it implements a programme of 20/7/2021, so early August. */
    public static final LocalDate ISSUED = LocalDate.of(2021, 8, 5);
    public static final String PLAN = "Kế hoạch tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị";

    public record Assignment(String task, String deadlinePhrase, DeadlineRule rule) {
    }

    public static final Assignment DRAFT_PLAN = new Assignment(
            "Tham mưu xây dựng kế hoạch tuyên truyền Nghị quyết 02-NQ/TW của Bộ Chính trị, Chương trình hành"
                    + " động của Tổng Liên đoàn và các Chương trình hành động của Tỉnh uỷ, đồng thời chủ trì thực hiện",
            "Hoàn thành trong tháng 8/2021", DeadlineRule.endOfMonth(YearMonth.of(2021, 8)));

    public static final Assignment STUDY_CONFERENCE = new Assignment(
            "Tổ chức hội nghị nghiên cứu, học tập Nghị quyết 02-NQ/TW của Bộ Chính trị",
            "Hoàn thành trong tháng 09/2021", DeadlineRule.endOfMonth(YearMonth.of(2021, 9)));

    public static final Assignment POST_NEWS = new Assignment(
            "Thường xuyên phối hợp với các cấp công đoàn trong tỉnh chủ động đưa tin, bài, hình ảnh lên"
                    + " website, fanpage Công đoàn Bình Định",
            "Thường xuyên", DeadlineRule.ongoing());

    public static final Assignment REPORT_TO_VGCL = new Assignment(
            "Chủ trì biên soạn tài liệu, xây dựng các ấn phẩm tuyên truyền; theo dõi, đôn đốc công đoàn các"
                    + " cấp trong tỉnh thực hiện kế hoạch, tổng hợp báo cáo gửi Tổng LĐLĐ Việt Nam",
            "Thường xuyên và theo định kỳ tháng, quý, năm",
            DeadlineRule.periodic(DeadlineRule.monthly(), DeadlineRule.quarterly(),
                    DeadlineRule.yearly(MonthDay.of(12, 31))));

    public static final Assignment GRASSROOTS_PLAN = new Assignment(
            "Chủ động xây dựng kế hoạch thực hiện ở cấp mình và tổ chức các hoạt động tuyên truyền trong"
                    + " ĐVNLĐ của đơn vị",
            "Hoàn thành trong tháng 10/2021", DeadlineRule.endOfMonth(YearMonth.of(2021, 10)));

    public static final Assignment RESULTS_REPORT = new Assignment(
            "Hàng năm, tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh",
            "trong báo cáo hoạt động công đoàn 6 tháng và báo cáo năm", DeadlineRule.semiAnnual());

    private SeedPlanFixtures() {
    }
}
