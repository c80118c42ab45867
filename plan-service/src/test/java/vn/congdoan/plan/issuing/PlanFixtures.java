package vn.congdoan.plan.issuing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.plan.TargetPeriod;
import vn.congdoan.contracts.plan.TargetSource;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * Seed plan {@code samples/plans/000_a83a5adc1c0b5727.txt} (LĐLĐ tỉnh Bình Định: tuyên truyền
 * Nghị quyết 02-NQ/TW), entered by hand as structured data. The document shows no number or date;
 * the fixture uses 45/KH-LĐLĐ and 5/8/2021 (after the programme of 20/7/2021 it implements).
 */
final class PlanFixtures {
    static final LocalDate ISSUED = LocalDate.of(2021, 8, 5);

    private PlanFixtures() {
    }

    /** @param units unit ids by code, from the sample tree {@code samples/units-binh-dinh.csv} */
    static PlanContent propagandaPlan2021(Map<String, String> units) {
        return new PlanContent("45/KH-LĐLĐ", units.get("LDLD-BINHDINH"), ISSUED,
                "Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; Chương trình hành động số "
                        + "01/Ctr-BCH ngày 20/7/2021 của Tổng Liên đoàn",
                List.of(new PlanIssued.Reference("Nghị quyết", "02-NQ/TW", LocalDate.of(2021, 6, 12), "Bộ Chính trị"),
                        new PlanIssued.Reference("Chương trình hành động", "01/CTr-BCH", LocalDate.of(2021, 7, 20),
                                "Tổng Liên đoàn Lao động Việt Nam")),
                List.of("Tuyên truyền tới các cấp công đoàn, đoàn viên và người lao động (ĐVNLĐ) về nội dung Nghị quyết số 02-NQ/TW"),
                List.of("Nội dung tuyên truyền phải đúng định hướng của Tỉnh uỷ, Tổng LĐLĐ Việt Nam và cấp uỷ địa phương."),
                targets(), tasks(units),
                List.of("Tổng LĐLĐ Việt Nam", "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Thường trực LĐLĐ tỉnh",
                        "LĐLĐ huyện, TX, TP, CĐN tỉnh", "CĐCS trực thuộc LĐLĐ tỉnh"),
                new PlanIssued.Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng"), null);
    }

    private static List<TargetSpec> targets() {
        String studied = "ĐVNLĐ được tham gia học tập, quán triệt, tiếp nhận thông tin về chủ trương, đường lối, nghị quyết";
        return List.of(
                new TargetSpec("1a", studied, Comparator.GT, new BigDecimal("90"), Measure.PERCENT_OF_MEMBERS,
                        Sector.PUBLIC_SECTOR, null, TargetPeriod.YEARLY, Indicator.STUDY_SESSIONS, null),
                new TargetSpec("1b", studied, Comparator.GTE, new BigDecimal("65"), Measure.PERCENT_OF_MEMBERS,
                        Sector.ENTERPRISE, null, TargetPeriod.YEARLY, Indicator.STUDY_SESSIONS, null),
                new TargetSpec("2", "đoàn viên ở doanh nghiệp tham gia học tập nâng cao trình độ tay nghề, kỹ năng nghề",
                        Comparator.GTE, new BigDecimal("60"), Measure.PERCENT_OF_MEMBERS, Sector.ENTERPRISE, null,
                        TargetPeriod.PLAN, Indicator.SKILLS_TRAINING, null),
                new TargetSpec("3", "công đoàn cấp trên cơ sở kịp thời đưa tin lên trang fanpage công đoàn của đơn vị",
                        Comparator.GTE, new BigDecimal("100"), Measure.PERCENT_OF_UNITS, null,
                        UnitLevel.UPPER_GRASSROOTS, TargetPeriod.PLAN, Indicator.FANPAGE_POST, TargetSource.OUTREACH));
    }

    private static List<TaskSpec> tasks(Map<String, String> units) {
        List<AssigneeSpec> propaganda = List.of(new AssigneeSpec(units.get("BD-BAN-TGNC"), null, null));
        List<AssigneeSpec> below = List.of(new AssigneeSpec(null, UnitLevel.UPPER_GRASSROOTS, null),
                new AssigneeSpec(null, UnitLevel.GRASSROOTS, null));
        return List.of(
                task("1.1-a", "Tham mưu xây dựng kế hoạch tuyên truyền Nghị quyết 02-NQ/TW của Bộ Chính trị",
                        once(8, 31), "Hoàn thành trong tháng 8/2021", false, propaganda),
                task("1.1-b", "Tổ chức hội nghị nghiên cứu, học tập Nghị quyết 02-NQ/TW của Bộ Chính trị",
                        once(9, 30), "Hoàn thành trong tháng 09/2021", false, propaganda),
                task("1.1-c", "Đăng tải Nghị quyết số 02-NQ/TW; biên soạn, phát hành các ấn phẩm tuyên truyền",
                        once(9, 30), "Hoàn thành trong tháng 09/2021", false, propaganda),
                task("1.1-d", "Thường xuyên phối hợp với các cấp công đoàn trong tỉnh chủ động đưa tin, bài, hình ảnh",
                        new DeadlineRule.Ongoing(), "Thường xuyên", false, propaganda),
                task("1.1-e", "Theo dõi, đôn đốc công đoàn các cấp thực hiện kế hoạch, tổng hợp báo cáo gửi Tổng LĐLĐ Việt Nam",
                        new DeadlineRule.Periodic(List.of(new DeadlineRule.Monthly(), new DeadlineRule.Quarterly(),
                                new DeadlineRule.Yearly(MonthDay.of(12, 31)))),
                        "Thường xuyên và theo định kỳ tháng, quý, năm", true, propaganda),
                task("1.2", "Phối hợp tổ chức các hoạt động theo kế hoạch và phân công của Thường trực LĐLĐ tỉnh",
                        new DeadlineRule.Ongoing(), null, false, List.of(new AssigneeSpec(null, UnitLevel.DEPARTMENT, null))),
                task("2-a", "Chủ động xây dựng kế hoạch thực hiện ở cấp mình và tổ chức các hoạt động tuyên truyền",
                        once(10, 31), "Hoàn thành trong tháng 10/2021", false, below),
                task("2-b", "Xây dựng lực lượng cán bộ công đoàn nòng cốt tại cơ sở",
                        new DeadlineRule.Ongoing(), "Thường xuyên", false, below),
                task("2-e", "Tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh",
                        new DeadlineRule.SemiAnnual(), "trong báo cáo hoạt động công đoàn 6 tháng và báo cáo năm", true,
                        below));
    }

    private static TaskSpec task(String id, String title, DeadlineRule rule, String phrase, boolean report,
                                 List<AssigneeSpec> assignees) {
        return new TaskSpec(id, title, report, rule, phrase, assignees);
    }

    private static DeadlineRule once(int month, int day) {
        return new DeadlineRule.Once(LocalDate.of(2021, month, day));
    }
}
