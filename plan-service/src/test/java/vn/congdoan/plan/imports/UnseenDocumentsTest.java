package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts and kinds of documents the seeds do not show, each read as a careful reader does. */
class UnseenDocumentsTest {

    private final PlanImporter importer = new PlanImporter();

    @Test
    void readsTheIssuerBelowItsParentBodyAndANameOverTwoLines() {
        PlanDraft district = importer.importLines(List.of("LIÊN ĐOÀN LAO ĐỘNG TỈNH A", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN B",
                "Số: 34 /KH-LĐLĐ", "B, ngày 08 tháng 12 năm 2021", "KẾ HOẠCH", "Tổ chức Tết")).draft();
        PlanDraft national = importer.importLines(List.of("TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM", "KẾ HOẠCH", "X")).draft();

        assertThat(district.issuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG HUYỆN B");
        assertThat(district.parentIssuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH A");
        assertThat(national.issuer()).isEqualTo("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
        assertThat(national.parentIssuer()).isNull();
    }

    @Test
    void readsANumberGluedToTheMottoAndANumberSharingItsLineWithTheDate() {
        PlanDraft glued = importer.importLines(List.of("LĐLĐ TỈNH A", "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "KẾ HOẠCH", "X")).draft();
        PlanDraft oneLine = importer.importLines(List.of("LĐLĐ TỈNH A", "Số: 45/KH-LĐLĐ Quy Nhơn, ngày 05 tháng 01 năm 2022",
                "KẾ HOẠCH", "X")).draft();

        assertThat(glued.number()).isEqualTo("02/KHLT/LĐLĐ-TĐTN");
        assertThat(oneLine.number()).isEqualTo("45/KH-LĐLĐ");
        assertThat(oneLine.place()).isEqualTo("Quy Nhơn");
        assertThat(oneLine.issueDate()).isEqualTo(LocalDate.of(2022, 1, 5));
    }

    @Test
    void saysWhenTheNumberOrTheDayWasLeftBlank() {
        ImportResult result = importer.importLines(List.of("LĐLĐ TỈNH A", "Số:     /KH-LĐLĐ",
                "Quy Nhơn, ngày    tháng 8 năm 2021", "KẾ HOẠCH", "X"));

        assertThat(result.draft().number()).isNull();
        assertThat(result.draft().place()).isEqualTo("Quy Nhơn");
        assertThat(result.findings()).extracting(Finding::message)
                .contains("The number was left blank ('Số: /KH-LĐLĐ')", "The day or month of issue was left blank");
    }

    @Test
    void recognisesADocumentThatIsNotAPlanAndKeepsItsBody() {
        ImportResult result = importer.importLines(List.of("LIÊN ĐOÀN LAO ĐỘNG TỈNH A", "Số: 12/HD-LĐLĐ",
                "THỂ LỆ", "Cuộc thi tìm hiểu pháp luật", "1. Đối tượng dự thi: đoàn viên công đoàn.",
                "2. Phấn đấu có 90% đoàn viên tham gia (hoàn thành trong tháng 5/2024)."));

        assertThat(result.draft().kind()).isEqualTo("Thể lệ");
        assertThat(result.draft().title()).isEqualTo("Cuộc thi tìm hiểu pháp luật");
        assertThat(result.draft().targets()).isEmpty();
        assertThat(result.draft().tasks()).isEmpty();
        assertThat(result.draft().description()).extracting(DescriptionBlock::line).containsExactly(5, 6);
        assertThat(result.findings()).extracting(Finding::code).contains(FindingCodes.NOT_A_PLAN)
                .doesNotContain(FindingCodes.MISSING_TITLE);
    }

    @Test
    void readsAHeaderGivenAsOneTitleLineWithoutCitingTheDocumentItself() {
        PlanDraft draft = importer.importLines(List.of("Hướng dẫn số 1803/HD-TLĐ ngày 29 tháng 11 năm 2013 của Tổng "
                + "Liên đoàn lao động Việt Nam hướng dẫn đóng đoàn phí công đoàn", "I. Đối tượng")).draft();

        assertThat(draft.kind()).isEqualTo("Hướng dẫn");
        assertThat(draft.number()).isEqualTo("1803/HD-TLĐ");
        assertThat(draft.issuer()).isEqualTo("Tổng Liên đoàn lao động Việt Nam");
        assertThat(draft.title()).isEqualTo("hướng dẫn đóng đoàn phí công đoàn");
        assertThat(draft.legalBasis()).isEmpty();
    }

    @Test
    void takesTheKindOfALetterFromItsNumberAndItsSubjectAsTitle() {
        PlanDraft draft = importer.importLines(List.of("LĐLĐ TỈNH A", "Số: 115/LĐLĐ", "V/v triển khai Tháng Công nhân",
                "Kính gửi: Các công đoàn cơ sở", "Đề nghị các đơn vị thực hiện.")).draft();

        assertThat(draft.kind()).isEqualTo("Công văn");
        assertThat(draft.title()).isEqualTo("triển khai Tháng Công nhân");
    }

    @Test
    void joinsATitleWrittenOverSeveralShortLines() {
        PlanDraft draft = importer.importLines(List.of("BÁO CÁO", "TỔNG KẾT HOẠT ĐỘNG NĂM HỌC 2013-2014",
                "VÀ NHIỆM VỤ NĂM HỌC 2014-2015", "Thực hiện hướng dẫn của cấp trên, công đoàn báo cáo như sau:")).draft();

        assertThat(draft.title()).isEqualTo("TỔNG KẾT HOẠT ĐỘNG NĂM HỌC 2013-2014 VÀ NHIỆM VỤ NĂM HỌC 2014-2015");
    }

    @Test
    void readsTargetsInRunningTextOutsideTheTargetSectionButNotFacts() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "Phát triển đoàn viên", "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Phấn đấu đến năm 2025 kết nạp 500 nghìn đoàn viên.", "II. ĐẶC ĐIỂM TÌNH HÌNH",
                "- Tổng số công đoàn viên: 20")).draft();

        assertThat(draft.targets()).singleElement().satisfies(target -> {
            assertThat(target.threshold()).isEqualByComparingTo("500000");
            assertThat(target.horizon()).isEqualTo("đến năm 2025");
        });
        assertThat(draft.purposes()).hasSize(1);
    }

    @Test
    void readsHeadingsNumberedInOtherWays() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "X", "PHẦN 1: KẾ HOẠCH CHUNG", "I/ MỤC ĐÍCH",
                "- Tuyên truyền.", "II NHIỆM VỤ", "1) Tổ chức hội nghị (hoàn thành trong tháng 5/2024).")).draft();

        assertThat(draft.sections()).extracting(DraftSection::number).containsExactly("1", "I", "II");
        assertThat(draft.tasks()).singleElement().extracting(DraftTask::deadlinePhrase)
                .isEqualTo("hoàn thành trong tháng 5/2024");
    }

    @Test
    void takesTheResponsibleUnitFromTheTasksOwnSentence() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "X", "II. NỘI DUNG THỰC HIỆN",
                "- Hằng năm, các cấp công đoàn tổ chức học tập (hoàn thành trong tháng 12/2024).")).draft();

        assertThat(draft.tasks()).singleElement().extracting(DraftTask::responsible).isEqualTo("các cấp công đoàn");
    }

    @Test
    void boundsTheRecipientsOfAFileThatRunsOnAfterNoiNhan() {
        List<String> lines = new ArrayList<>(List.of("KẾ HOẠCH", "X", "Nơi nhận:"));
        for (int i = 0; i < 500; i++) {
            lines.add("- Công đoàn cơ sở số " + i + ";");
        }
        ImportResult result = importer.importLines(lines);

        assertThat(result.draft().recipients()).hasSize(ClosingRecognizer.MAX_RECIPIENTS);
        assertThat(result.draft().description()).hasSize(500 - ClosingRecognizer.MAX_RECIPIENTS);
        assertThat(result.findings()).extracting(Finding::code).contains(FindingCodes.SECTION_TOO_LONG);
    }

    @Test
    void refusesAnEmptyFileWithAClearError() {
        assertThatThrownBy(() -> importer.importDocument(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("blank.txt is empty: it holds no text to read");
    }
}
