package vn.congdoan.plan.imports;

import vn.congdoan.testsupport.Samples;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import static vn.congdoan.contracts.plan.Comparator.GT;
import static vn.congdoan.contracts.plan.Comparator.GTE;
import static vn.congdoan.contracts.plan.Measure.PERCENT_OF_MEMBERS;
import static vn.congdoan.contracts.plan.Measure.PERCENT_OF_UNITS;
import static vn.congdoan.plan.imports.SectionKind.IMPLEMENTATION;
import static vn.congdoan.plan.imports.SectionKind.PURPOSES_REQUIREMENTS;
import static vn.congdoan.plan.imports.SectionKind.TARGETS;
import static vn.congdoan.plan.imports.SectionKind.TASKS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.DeadlineRule.Monthly;
import vn.congdoan.plan.deadline.DeadlineRule.Once;
import vn.congdoan.plan.deadline.DeadlineRule.Ongoing;
import vn.congdoan.plan.deadline.DeadlineRule.Periodic;
import vn.congdoan.plan.deadline.DeadlineRule.Quarterly;
import vn.congdoan.plan.deadline.DeadlineRule.SemiAnnual;
import vn.congdoan.plan.deadline.DeadlineRule.Yearly;

/**
 * What the two real plans in shared/seeds say, written out by hand from reading them: the expected
 * outcome of importing them. Seed 000 is the 2021 propaganda plan for Nghị quyết 02-NQ/TW; seed 004
 * the plan for Kết luận 01-KL/TW (học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh).
 * Neither document has its administrative header (issuer, number, date) in the text.
 */
final class SeedPlans {

    static final String PROPAGANDA_PLAN = Samples.PROPAGANDA_PLAN_2021;
    static final String HO_CHI_MINH_STUDY_PLAN = Samples.HO_CHI_MINH_STUDY_PLAN_2021;

    /** The expected import, as far as a reader can tell it; "CODE@line" for the findings. */
    record ExpectedPlan(String title, List<Reference> legalBasis, List<String> purposesStartingWith,
                        List<String> requirementsStartingWith, List<DraftTarget> targets, List<DraftTask> tasks,
                        List<String> recipients, String archive, Signer signer, List<DraftSection> sections,
                        List<Integer> describedLines, List<String> findings) {}

    private static final String TUYEN_GIAO = "Ban Tuyên giáo - Nữ công";
    private static final String VAN_PHONG = "Văn phòng và các ban";
    private static final String CAP_DUOI = "Công đoàn cấp trên cơ sở và CĐCS trực thuộc";
    private static final ResponsibleScope DEPARTMENT = ResponsibleScope.of(UnitLevel.DEPARTMENT);
    /** "Các cấp công đoàn" named in a task's own sentence. */
    private static final ResponsibleScope ALL_LEVELS =
            ResponsibleScope.of(UnitLevel.PROVINCIAL, UnitLevel.UPPER_GRASSROOTS, UnitLevel.GRASSROOTS);
    private static final ResponsibleScope BELOW = ResponsibleScope.of(UnitLevel.UPPER_GRASSROOTS, UnitLevel.GRASSROOTS);
    private static final DeadlineRule ONGOING = new Ongoing();
    private static final DeadlineRule END_OF_YEAR = new Yearly(MonthDay.of(12, 31));
    private static final Signer CHAIRMAN = new Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng");
    private static final List<String> NO_HEADER = List.of("MISSING_ISSUER@0", "MISSING_NUMBER@0", "MISSING_DATE@0");

    private SeedPlans() {}

    static byte[] bytes(String sample) {
        return Samples.bytes(sample);
    }

    static ExpectedPlan propagandaPlan2021Expected() {
        return new ExpectedPlan(
                "Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; Chương trình hành động số "
                        + "01/Ctr-BCH ngày 20/7/2021 của Tổng Liên đoàn và các Chương trình hành động của Tỉnh ủy thực "
                        + "hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
                List.of(
                        new Reference("Nghị quyết", "02-NQ/TW", LocalDate.of(2021, 6, 12), "Bộ Chính trị"),
                        new Reference("Chương trình hành động", "01/Ctr-BCH", LocalDate.of(2021, 7, 20),
                                "Tổng Liên đoàn Lao động Việt Nam"),
                        new Reference("Chương trình hành động", "5-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "6-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "7-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "8-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "9-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "10-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chương trình hành động", "11-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ Bình Định"),
                        new Reference("Chỉ thị", "05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị"),
                        new Reference("Kết luận", "01-KL/TW", LocalDate.of(2021, 5, 18), "Bộ Chính trị")),
                List.of("Tuyên truyền tới các cấp công đoàn, đoàn viên và người lao động (ĐVNLĐ)",
                        "Thông qua công tác tuyên truyền để cán bộ, ĐVNLĐ hiểu rõ hơn"),
                List.of("Nội dung tuyên truyền phải đúng định hướng", "Hoạt động tuyên truyền phải cần được tổ chức",
                        "Công tác tuyên truyền phải bảo đảm hiệu quả"),
                propagandaTargets(),
                propagandaTasks(),
                List.of("Tổng LĐLĐ Việt Nam", "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Thường trực LĐLĐ tỉnh",
                        "LĐLĐ huyện, TX, TP, CĐN tỉnh", "CĐCS trực thuộc LĐLĐ tỉnh"),
                "VT, Ban TG-NC",
                CHAIRMAN,
                List.of(
                        new DraftSection("I", "MỤC ĐÍCH, YÊU CẦU", PURPOSES_REQUIREMENTS, 7),
                        new DraftSection("I.1", "Mục đích", PURPOSES_REQUIREMENTS, 9),
                        new DraftSection("I.2", "Yêu cầu", PURPOSES_REQUIREMENTS, 12),
                        new DraftSection("II", "CHỈ TIÊU THỰC HIỆN", TARGETS, 18),
                        new DraftSection("III", "NHIỆM VỤ VÀ GIẢI PHÁP", TASKS, 23),
                        new DraftSection("III.1", "Nhiệm vụ", TASKS, 25),
                        new DraftSection("III.1.3", "Các văn bản của Đảng, Nhà nước và của tổ chức Công đoàn gắn với "
                                + "triển khai thực hiện các chương trình hành động của Tỉnh uỷ và Nghị quyết số 02-NQ/TW "
                                + "của Bộ Chính trị.", TASKS, 30),
                        new DraftSection("III.2", "Giải pháp thực hiện công tác tuyên truyền, giáo dục", TASKS, 41),
                        new DraftSection("III.2.1", "Tuyên truyền trên hệ thống báo chí, mạng xã hội của công đoàn", TASKS, 43),
                        new DraftSection("III.2.2", "Tổ chức Hội nghị tuyên truyền và tuyên truyền miệng", TASKS, 49),
                        new DraftSection("III.2.3", "Tuyên truyền cổ động trực quan", TASKS, 53),
                        new DraftSection("III.2.4", "Phát động các phong trào thi đua yêu nước", TASKS, 56),
                        new DraftSection("IV", "TỔ CHỨC THỰC HIỆN", IMPLEMENTATION, 59),
                        new DraftSection("IV.1", "Liên đoàn Lao động tỉnh", IMPLEMENTATION, 61),
                        new DraftSection("IV.1.1", "Giao Ban Tuyên giáo - Nữ công", IMPLEMENTATION, 63),
                        new DraftSection("IV.2", CAP_DUOI, IMPLEMENTATION, 73)),
                List.of(5, 27, 29, 32, 34, 35, 37, 39, 42, 44, 45, 47, 48, 50, 52, 54, 55, 80),
                concat(NO_HEADER, List.of(
                        "UNSTRUCTURED_TEXT@5", "UNSTRUCTURED_TEXT@27", "UNSTRUCTURED_TEXT@29", "UNSTRUCTURED_TEXT@32",
                        "UNSTRUCTURED_TEXT@34", "UNSTRUCTURED_TEXT@35", "UNSTRUCTURED_TEXT@37", "UNSTRUCTURED_TEXT@39",
                        "UNSTRUCTURED_TEXT@42", "UNSTRUCTURED_TEXT@44", "UNSTRUCTURED_TEXT@45", "UNSTRUCTURED_TEXT@47",
                        "UNSTRUCTURED_TEXT@48", "UNSTRUCTURED_TEXT@50", "UNSTRUCTURED_TEXT@52",
                        "REFERENCE_NUMBER_COMPLETED@52", "UNSTRUCTURED_TEXT@54", "UNSTRUCTURED_TEXT@55",
                        "ASSUMED_DEADLINE_DAY@57", "MISSING_DEADLINE@71",
                        "UNSTRUCTURED_TEXT@80")));
    }

    private static List<DraftTarget> propagandaTargets() {
        String studySessions = "ĐVNLĐ được tham gia học tập, quán triệt, tiếp nhận thông tin về chủ trương, đường lối, "
                + "nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, nội quy, quy chế, quy định của địa phương, "
                + "cơ quan, đơn vị, doanh nghiệp";
        return List.of(
                new DraftTarget(studySessions, GT, new BigDecimal("90"), PERCENT_OF_MEMBERS, Sector.PUBLIC_SECTOR,
                        null, TargetPeriod.YEARLY, 19),
                new DraftTarget(studySessions, GTE, new BigDecimal("65"), PERCENT_OF_MEMBERS, Sector.ENTERPRISE,
                        null, TargetPeriod.YEARLY, 19),
                new DraftTarget("đoàn viên tham gia học tập nâng cao trình độ tay nghề, kỹ năng nghề", GTE,
                        new BigDecimal("60"), PERCENT_OF_MEMBERS, Sector.ENTERPRISE, null, TargetPeriod.PLAN, 20),
                new DraftTarget("công đoàn cấp trên cơ sở kịp thời đưa tin các chủ trương của Đảng, chính sách pháp "
                        + "luật của Nhà nước và tổ chức Công đoàn lên trang fanpage công đoàn của đơn vị để tuyên truyền "
                        + "đến ĐVNLĐ ở đơn vị mình", GTE, new BigDecimal("100"), PERCENT_OF_UNITS, null,
                        UnitLevel.UPPER_GRASSROOTS, TargetPeriod.PLAN, 22));
    }

    private static List<DraftTask> propagandaTasks() {
        return List.of(
                new DraftTask("Hàng năm, các cấp công đoàn chủ động xây dựng kế hoạch tổ chức phát động và vận động cán "
                        + "bộ, ĐVNLĐ hưởng ứng các phong trào thi đua yêu nước, như phong trào thi đua “Lao động giỏi, lao "
                        + "động sáng tạo”, phong trào thi đua “Giỏi việc nước, đảm việc nhà”, phong trào thi đua xây dựng "
                        + "“Gia đình công nhân viên chức lao động thành đạt”, phong trào “Trung thành, trách nhiệm, liêm "
                        + "chính, sáng tạo”,…và cuộc vận động học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ "
                        + "Chí Minh, quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội "
                        + "Đảng bộ tỉnh lần thứ XX và nhiệm vụ chính trị của cơ quan, đơn vị, doanh nghiệp, gắn với kỷ niệm "
                        + "các ngày lễ lớn và sự kiện lịch sử quan trọng của đất nước, của tỉnh, tạo không khí vui tươi, "
                        + "hăng say công tác, lao động, sản xuất",
                        "các cấp công đoàn", ALL_LEVELS, "Hàng năm", END_OF_YEAR, false, 57),
                new DraftTask("Tham mưu xây dựng kế hoạch tuyên truyền Nghị quyết 02-NQ/TW của Bộ Chính trị, Chương "
                        + "trình hành động của Tổng Liên đoàn và các Chương trình hành động của Tỉnh uỷ, đồng thời chủ trì "
                        + "thực hiện", TUYEN_GIAO, DEPARTMENT, "Hoàn thành trong tháng 8/2021",
                        new Once(LocalDate.of(2021, 8, 31)), false, 65),
                new DraftTask("Tổ chức hội nghị nghiên cứu, học tập Nghị quyết 02-NQ/TW của Bộ Chính trị, Chương trình "
                        + "hành động số 01/Ctr-BCH ngày 20/7/2021 của Tổng LĐLĐ Việt Nam; các Chương trình hành động của "
                        + "Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Nghị quyết Đại hội Đảng toàn "
                        + "quốc lần thứ XIII và các văn bản có liên quan cho cán bộ công đoàn chủ chốt, báo cáo viên công "
                        + "đoàn của tỉnh phù hợp với tình hình dịch, bệnh Covid-19", TUYEN_GIAO, DEPARTMENT,
                        "Hoàn thành trong tháng 09/2021", new Once(LocalDate.of(2021, 9, 30)), false, 66),
                new DraftTask("Đăng tải Nghị quyết số 02-NQ/TW của Bộ Chính trị, Chương trình hành động của Tổng Liên "
                        + "đoàn và các Chương trình hành động của Tỉnh uỷ; các tài liệu tuyên truyền có liên quan do Tỉnh "
                        + "uỷ, Tổng LĐLĐ Việt Nam phát hành trên website, fanpage Công đoàn Bình Định. Tổ chức biên soạn, "
                        + "phát hành các ấn phẩm tuyên truyền có nội dung phù hợp đến 100% CĐCS toàn tỉnh như: Tài liệu "
                        + "hỏi - đáp, Bản tin Công đoàn, Tạp chí Truyền hình Công đoàn Bình Định, đồ hoạ (inforgrafic, "
                        + "poster),…", TUYEN_GIAO, DEPARTMENT, "Hoàn thành trong tháng 09/2021",
                        new Once(LocalDate.of(2021, 9, 30)), false, 67),
                new DraftTask("Thường xuyên phối hợp với các cấp công đoàn trong tỉnh chủ động đưa tin, bài, hình ảnh lên "
                        + "website, fanpage Công đoàn Bình Định", TUYEN_GIAO, DEPARTMENT, "Thường xuyên", ONGOING, false, 68),
                new DraftTask("Chủ trì biên soạn tài liệu, xây dựng các ấn phẩm tuyên truyền; theo dõi, đôn đốc công đoàn "
                        + "các cấp trong tỉnh thực hiện kế hoạch, tổng hợp báo cáo gửi Tổng LĐLĐ Việt Nam", TUYEN_GIAO,
                        DEPARTMENT, "Thường xuyên và theo định kỳ tháng, quý, năm",
                        new Periodic(List.of(new Monthly(), new Quarterly(), END_OF_YEAR)), true, 70),
                new DraftTask("theo chức năng, nhiệm vụ của mình phối hợp tổ chức các hoạt động theo kế hoạch và phân công "
                        + "của Thường trực LĐLĐ tỉnh", VAN_PHONG, DEPARTMENT, null, null, false, 71),
                new DraftTask("Chủ động xây dựng kế hoạch thực hiện ở cấp mình và tổ chức các hoạt động tuyên truyền trong "
                        + "ĐVNLĐ của đơn vị đảm bảo hiệu quả, phù hợp với công tác phòng chống dịch Covid - 19 và điều kiện "
                        + "cụ thể ở mỗi cấp", CAP_DUOI, BELOW, "Hoàn thành trong tháng 10/2021",
                        new Once(LocalDate.of(2021, 10, 31)), false, 74),
                new DraftTask("Xây dựng lực lượng cán bộ công đoàn nòng cốt tại cơ sở để kịp thời nắm bắt và phản ánh tình "
                        + "hình tư tưởng của ĐVNLĐ trong đơn vị", CAP_DUOI, BELOW, "Thường xuyên", ONGOING, false, 75),
                new DraftTask("Vận động các CĐCS, cán bộ, ĐVNLĐ tích cực cập nhật, đăng tải, chia sẻ các thông tin tuyên "
                        + "truyền từ website, fanpage Công đoàn Bình Định. Gửi tin, bài viết về các tấm gương tiêu biểu "
                        + "trong hoạt động công đoàn về LĐLĐ tỉnh Bình Định để xem xét đăng tải", CAP_DUOI, BELOW,
                        "Thực hiện thường xuyên trong năm", ONGOING, false, 76),
                new DraftTask("Nắm bắt dư luận xã hội trong ĐVNLĐ, đặc biệt là các vấn đề “phức tạp, nhạy cảm” liên quan "
                        + "đến ĐVNLĐ và tổ chức công đoàn; các thông tin xuyên tạc, chống phá Đảng, Nhà nước, kích động "
                        + "ĐVNLĐ có hành động trái pháp luật", CAP_DUOI, BELOW, "Thực hiện thường xuyên trong năm",
                        ONGOING, false, 77),
                new DraftTask("Hàng năm, tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh, trong báo cáo hoạt "
                        + "động công đoàn 6 tháng và báo cáo năm", CAP_DUOI, BELOW,
                        "báo cáo hoạt động công đoàn 6 tháng và báo cáo năm", new SemiAnnual(), true, 78));
    }

    static ExpectedPlan hoChiMinhStudyPlan2021Expected() {
        return new ExpectedPlan(
                "Thực hiện Kết luận số 01-KL ngày 15/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW "
                        + "“về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
                List.of(
                        new Reference("Kết luận", "01-KL/TW", LocalDate.of(2021, 5, 15), "Bộ Chính trị"),
                        new Reference("Chỉ thị", "05-CT/TW", null, null),
                        new Reference("Công văn", "115-CV/TU", LocalDate.of(2021, 6, 9), "Tỉnh ủy Bình Định"),
                        new Reference("Kế hoạch", "11-KH/TU", LocalDate.of(2021, 10, 18), "Tỉnh ủy Bình Định"),
                        new Reference("Quy định", "101-QĐ/TW", LocalDate.of(2012, 7, 6), "Ban Bí thư")),
                List.of("Triển khai, tuyên truyền tới các cấp công đoàn", "Việc triển khai thực hiện Kết luận số 01-KL/TW"),
                List.of(),
                List.of(),
                hoChiMinhStudyTasks(),
                List.of("Tổng LĐLĐ Việt Nam", "Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
                        "Thường trực, các ban LĐLĐ tỉnh", "Các đơn vị SN trực thuộc", "Các cấp công đoàn trong tỉnh"),
                "VT, Ban TG-NC",
                CHAIRMAN,
                List.of(
                        new DraftSection("I", "MỤC ĐÍCH, YÊU CẦU", PURPOSES_REQUIREMENTS, 10),
                        new DraftSection("II", "NỘI DUNG THỰC HIỆN", TASKS, 16),
                        new DraftSection("II.1", "Tổ chức học tập và xây dựng kế hoạch làm theo tư tưởng, đạo đức, "
                                + "phong cách Hồ Chí Minh", TASKS, 17),
                        new DraftSection("II.2", "Đẩy mạnh công tác tuyên truyền", TASKS, 31),
                        new DraftSection("II.3", "Công tác sơ kết, tổng kết việc học tập và làm theo tư tưởng, đạo đức, "
                                + "phong cách Hồ Chí Minh", TASKS, 40),
                        new DraftSection("IV", "TỔ CHỨC THỰC HIỆN", IMPLEMENTATION, 44),
                        new DraftSection("IV.1", "Liên đoàn Lao động tỉnh", IMPLEMENTATION, 46),
                        new DraftSection("IV.1.1", "Giao Ban Tuyên giáo - Nữ công", IMPLEMENTATION, 48),
                        new DraftSection("IV.2", CAP_DUOI, IMPLEMENTATION, 63)),
                List.of(8, 27, 29),
                concat(NO_HEADER, List.of(
                        "REFERENCE_NUMBER_COMPLETED@8", "UNSTRUCTURED_TEXT@8", "PURPOSES_NOT_SPLIT@12",
                        "MISSING_RESPONSIBLE@21",
                        "MISSING_RESPONSIBLE@24", "ASSUMED_DEADLINE_DAY@25", "MISSING_RESPONSIBLE@25",
                        "ASSUMED_DEADLINE_DAY@26", "MISSING_RESPONSIBLE@26", "UNSTRUCTURED_TEXT@27",
                        "UNSTRUCTURED_TEXT@29", "MISSING_RESPONSIBLE@34", "MISSING_RESPONSIBLE@36",
                        "ASSUMED_DEADLINE_DAY@38", "MISSING_RESPONSIBLE@38", "MISSING_RESPONSIBLE@42",
                        "AMBIGUOUS_DEADLINE@57", "MISSING_DEADLINE@61", "ASSUMED_DEADLINE_DAY@65")));
    }

    private static List<DraftTask> hoChiMinhStudyTasks() {
        return List.of(
                new DraftTask("Các cấp công đoàn tổ chức triển khai, phổ biến cho cán bộ, ĐVNLĐ về nội dung, giá trị và ý "
                        + "nghĩa to lớn của tư tưởng, đạo đức, phong cách Hồ Chí Minh; nội dung Kết luận số 01-KL/TW, "
                        + "chuyên đề toàn khóa, chuyên đề hằng năm; đưa việc học tập và làm theo Bác vào nội dung sinh hoạt, "
                        + "hoạt động cụ thể của mỗi cấp công đoàn và phù hợp với từng đối tượng cán bộ, ĐVNLĐ, làm cho mỗi "
                        + "cán bộ, ĐVNLĐ thấm nhuần tư tưởng, đạo đức, phong cách của Bác, phát huy ý chí tự lực, tự cường "
                        + "và khát vọng phát triển đất nước phôn vinh, hạnh phúc",
                        "Các cấp công đoàn", ALL_LEVELS, "thực hiện thường xuyên", ONGOING, false, 18),
                new DraftTask("Các cấp công đoàn trong tỉnh xây dựng kế hoạch triển khai thực hiện Kết luận số 01-KL/TW, "
                        + "Chuyên đề toàn khóa, chuyên đề hằng năm gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn "
                        + "vị, địa phương", "Các cấp công đoàn trong tỉnh", ALL_LEVELS, "hoàn thành vào tháng 12 hằng năm",
                        END_OF_YEAR, false, 20),
                new DraftTask("Đưa việc thực hiện nội dung Kết luận số 01-KL/TW, chuyên đề toàn khóa, chuyên đề hằng năm "
                        + "vào chương trình, kế hoạch hành động thực hiện Nghị quyết Đại hội XIII của Đảng, nghị quyết của "
                        + "công đoàn, gắn với các cuộc vận động, các phong trào và nhiệm vụ chính trị của công đoàn các "
                        + "cấp; giải quyết các vấn đề bức xúc, nổi cộm của ĐVNLĐ; gắn học tập và làm theo với xây dựng và "
                        + "phát triển văn hóa, con người Việt Nam", null, null, "thực hiện thường xuyên", ONGOING, false, 21),
                new DraftTask("Lãnh đạo, chỉ đạo chặt chẽ việc triển khai thực hiện nội dung Kết luận số 01-KL/TW, chuyên "
                        + "đề toàn khóa, chuyên đề hằng năm theo phương châm “trên trước, dưới sau”; “trong trước, ngoài "
                        + "sau”; học đi đôi với làm theo, chú trọng việc làm theo bằng những hành động và việc làm cụ thể, "
                        + "thiết thực, hiệu quả. Xây dựng, tổng kết và nhân rộng những điển hình tiên tiến về làm theo tư "
                        + "tưởng, đạo đức và phong cách Hồ Chí Minh, kết hợp giữa \"xây\" với \"chống\". Đề cao trách "
                        + "nhiệm nêu gương của người đứng đầu và cán bộ chủ chốt ở các cấp công đoàn",
                        null, null, "thực hiện thường xuyên", ONGOING, false, 24),
                new DraftTask("Các đồng chí Ủy viên Ban Chấp hành LĐLĐ tỉnh, người đứng đầu các cơ quan, đơn vị sự nghiệp "
                        + "công đoàn xây dựng kế hoạch cá nhân để thực hiện nội dung Kết luận số 01-KL/TW, chuyên đề toàn "
                        + "khóa, chuyên đề hằng năm; cuối năm, báo cáo kết quả thực hiện với ban thường vụ hoặc đảng đoàn, "
                        + "lãnh đạo cơ quan và chi bộ nơi sinh hoạt", null, null, "hằng năm", END_OF_YEAR, true, 25),
                new DraftTask("Các cấp công đoàn, các cơ quan, đơn vị hướng dẫn cán bộ, ĐVNLĐ xây dựng kế hoạch cá nhân. "
                        + "Cuối năm, báo cáo kết quả thực hiện với chi bộ, tổ chức, cơ quan, đơn vị nơi công tác và bổ "
                        + "sung kế hoạch thực hiện cho năm tiếp theo", null, null, "hằng năm", END_OF_YEAR, true, 26),
                new DraftTask("Tiếp tục đổi mới, đa dạng hóa các hình thức tuyên truyền; phát huy đội ngũ báo cáo viên, "
                        + "tuyên truyền viên; duy trì các chuyên trang, chuyên mục học tập và làm theo Bác, tăng cường sử "
                        + "dụng các hình thức truyền thông chính thống mới trên nền tảng internet, mạng xã hội; nâng cao "
                        + "chất lượng Bản tin Công đoàn Bình Định và tin, bài, phản ánh kịp thời, sinh động về cách làm "
                        + "hay, sáng tạo, mô hình tiêu biểu trong học tập và làm theo Bác của cán bộ, ĐVNLĐ. Tăng cường "
                        + "phản bác các thông tin xấu, độc, quan điểm sai trái của các thế lực thù địch, phản động, cơ hội "
                        + "chính trị", null, null, "thực hiện thường xuyên", ONGOING, false, 34),
                new DraftTask("Thường xuyên quan tâm, phát hiện, khen thưởng, biểu dương các tập thể, cá nhân có thành tích "
                        + "xuất sắc, tiêu biểu trong thực hiện làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh",
                        null, null, "Thường xuyên", ONGOING, false, 36),
                new DraftTask("Hàng năm trong dịp triển khai các hoạt động của Tháng Công nhân, kỷ niệm Ngày sinh của Chủ "
                        + "tịch Hồ Chí Minh, các cấp công đoàn đẩy mạnh phong trào thi đua yêu nước gắn với việc lựa chọn, "
                        + "tôn vinh, khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
                        null, null, "Hàng năm", END_OF_YEAR, false, 38),
                new DraftTask("Trước ngày 30/11 hàng năm, các cấp công đoàn tổ chức đánh giá kết quả thực hiện kế hoạch học "
                        + "tập làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh năm trước, xây dựng kế hoạch của năm "
                        + "sau; gửi báo cáo kết quả thực hiện về LĐLĐ tỉnh (qua Ban Tuyên giáo - Nữ công) để tổng hợp, báo "
                        + "cáo Tổng Liên đoàn, Ban Tuyên giáo Tỉnh ủy", null, null, "Trước ngày 30/11 hàng năm",
                        new Yearly(MonthDay.of(11, 30)), true, 42),
                new DraftTask("Tham mưu xây dựng hướng dẫn triển khai học tập và khen thưởng Chuyên đề toàn khóa - chuyên "
                        + "đề năm 2021", TUYEN_GIAO, DEPARTMENT, "hoàn thành vào quý IV/2021",
                        new Once(LocalDate.of(2021, 12, 31)), false, 51),
                new DraftTask("Tổ chức hội nghị triển khai, Kết luận số 01-KL/TW; Chuyên đề toàn khóa - chuyên đề năm 2021 "
                        + "và các văn bản có liên quan cho cán bộ công đoàn chủ chốt, báo cáo viên công đoàn của tỉnh phù "
                        + "hợp với tình hình dịch, bệnh Covid-19", TUYEN_GIAO, DEPARTMENT, "Hoàn thành trong quý IV/2021",
                        new Once(LocalDate.of(2021, 12, 31)), false, 53),
                new DraftTask("Đăng tải Kết luận số 01-KL/TW của Bộ Chính trị; Chuyên đề toàn khóa - chuyên đề năm và các "
                        + "nội dung có liên quan đến học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên "
                        + "Trang thông tin điện tử Công đoàn Bình Định", TUYEN_GIAO, DEPARTMENT, "thường xuyên", ONGOING,
                        false, 54),
                new DraftTask("Thường xuyên phối hợp với các cấp công đoàn trong tỉnh chủ động đưa tin, bài, hình ảnh về học "
                        + "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh lên website, fanpage Công đoàn Bình "
                        + "Định", TUYEN_GIAO, DEPARTMENT, "thường xuyên", ONGOING, false, 55),
                new DraftTask("Tăng cường kiểm tra, giám sát, đôn đốc việc thực hiện Chỉ thị số 05-CT/TW, Kết luận số "
                        + "01-KL/TW, Chuyên đề học tập toàn khóa - chuyên đề năm; tổng hợp báo cáo gửi Tổng LĐLĐ Việt Nam "
                        + "và Ban Tuyên giáo Tỉnh ủy", TUYEN_GIAO, DEPARTMENT, "Thường xuyên và theo định kỳ", ONGOING,
                        true, 57),
                new DraftTask("tham mưu xây dựng quy chế, quy định liên quan đến thực hiện trách nhiệm nêu gương của cán "
                        + "bộ, đoàn viên công đoàn", "Ban Tổ chức - Kiểm tra", DEPARTMENT, "Hoàn thành trong tháng 12/2021",
                        new Once(LocalDate.of(2021, 12, 31)), false, 59),
                new DraftTask("theo chức năng, nhiệm vụ của mình phối hợp tổ chức các hoạt động theo kế hoạch và phân công "
                        + "của Thường trực LĐLĐ tỉnh", VAN_PHONG, DEPARTMENT, null, null, false, 61),
                new DraftTask("Chủ động xây dựng kế hoạch thực hiện ở cấp mình và tổ chức triển khai Kết luận số 01-KL/TW, "
                        + "Chuyên đề học tập toàn khóa - chuyên đề năm đến ĐVNLĐ của đơn vị đảm bảo hiệu quả, phù hợp với "
                        + "tình hình thực tế và điều kiện cụ thể ở mỗi cấp", CAP_DUOI, BELOW,
                        "Hoàn thành trong tháng 12/2021", new Once(LocalDate.of(2021, 12, 31)), false, 64),
                new DraftTask("Hàng năm, tổng hợp kết quả triển khai thực hiện, báo cáo về LĐLĐ tỉnh", CAP_DUOI, BELOW,
                        "Hàng năm", END_OF_YEAR, true, 65));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
