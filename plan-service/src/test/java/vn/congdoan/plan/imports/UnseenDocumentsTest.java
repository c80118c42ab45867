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
    void readsALettersSubjectWrittenInBracketsUnderItsNumberOverTwoLines() {
        ImportResult twoLines = importer.importLines(List.of("CĐ TRƯỜNG A", "Số:92/CV-CĐ", "(Về việc tổ chức Hội diễn văn nghệ",
                "CBVC năm 2018)", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội, ngày 11 tháng 10 năm 2018",
                "Kính gửi: BCH Công đoàn bộ phận", "Đề nghị các đơn vị thực hiện."));
        PlanDraft oneLine = importer.importLines(List.of("CĐ TRƯỜNG A", "Số: 93/CV-CĐ", "(V/v: tham gia Hội thao)",
                "Kính gửi: Các công đoàn bộ phận", "Đề nghị các đơn vị thực hiện.")).draft();

        assertThat(twoLines.draft().kind()).isEqualTo("Công văn");
        assertThat(twoLines.draft().issuer()).isEqualTo("CĐ TRƯỜNG A");
        assertThat(twoLines.draft().title()).isEqualTo("tổ chức Hội diễn văn nghệ CBVC năm 2018");
        assertThat(twoLines.findings()).extracting(Finding::code).doesNotContain(FindingCodes.MISSING_TITLE);
        assertThat(twoLines.draft().description()).noneMatch(block -> block.text().contains("CBVC năm 2018"));
        assertThat(oneLine.title()).isEqualTo("tham gia Hội thao");
    }

    @Test
    void joinsAGenericBodyToTheUnitNamedOnTheNextCellButKeepsANamedBodyAsTheParent() {
        ImportResult joint = importer.importLines(List.of(
                "   CÔNG ĐOÀN – ĐOÀN THANH NIÊN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CÔNG TY TNHH A      Độc lập  – Tự do – Hạnh phúc",
                "Số : 29/KH-CĐ-ĐTN         Củ chi, ngày 04 tháng 8 năm 2015", "KẾ HOẠCH", "Tổ chức Hội thao"));
        PlanDraft single = importer.importLines(List.of("CÔNG ĐOÀN", "CÔNG TY CỔ PHẦN B", "KẾ HOẠCH", "X")).draft();
        PlanDraft named = importer.importLines(List.of("CÔNG ĐOÀN GIÁO DỤC TỈNH C", "CÔNG ĐOÀN TRƯỜNG D", "KẾ HOẠCH", "X")).draft();

        assertThat(joint.draft().issuer()).isEqualTo("CÔNG ĐOÀN – ĐOÀN THANH NIÊN CÔNG TY TNHH A");
        assertThat(joint.draft().parentIssuer()).isNull();
        assertThat(joint.draft().number()).isEqualTo("29/KH-CĐ-ĐTN");
        assertThat(joint.draft().issueDate()).isEqualTo(LocalDate.of(2015, 8, 4));
        assertThat(joint.draft().description()).as("the motto with en dashes is form, not text").isEmpty();
        assertThat(single.issuer()).isEqualTo("CÔNG ĐOÀN CÔNG TY CỔ PHẦN B");
        assertThat(named.issuer()).isEqualTo("CÔNG ĐOÀN TRƯỜNG D");
        assertThat(named.parentIssuer()).isEqualTo("CÔNG ĐOÀN GIÁO DỤC TỈNH C");
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
    void readsAHeaderTableThatAPageFlattenedWithCellBarsAndGluedRules() {
        PlanDraft bars = importer.importLines(List.of("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                "Số: 1072/QĐ-TLĐ | Hà Nội, ngày 01 tháng 9 năm 2011 |", "QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY CHẾ")).draft();
        PlanDraft rules = importer.importLines(List.of("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM -------",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT nam Độc lập - tự do - hạnh phúc ---------------", "Số: 1271/HD-TLĐ",
                "Hà Nội, ngày thứ 7 tháng 08 năm 2017", "HƯỚNG DẪN", "X")).draft();

        assertThat(bars.issuer()).isEqualTo("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
        assertThat(bars.number()).isEqualTo("1072/QĐ-TLĐ");
        assertThat(bars.issueDate()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(rules.issuer()).isEqualTo("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
        assertThat(rules.place()).isEqualTo("Hà Nội");
        assertThat(rules.issueDate()).isEqualTo(LocalDate.of(2017, 8, 7));
    }

    @Test
    void splitsAnUpperBodyAndTheGrassrootsUnionUnderItWrittenOnOneLine() {
        PlanDraft draft = importer.importLines(List.of("LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II", "|",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "Đông Ba, ngày 01 tháng 6 năm 2022 |",
                "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN", "Tháng 6/ 2022")).draft();
        PlanDraft organ = importer.importLines(List.of("BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", "KẾ HOẠCH", "X")).draft();

        assertThat(draft.issuer()).isEqualTo("CĐCS MẦM NON II");
        assertThat(draft.parentIssuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TP HUẾ");
        assertThat(draft.place()).isEqualTo("Đông Ba");
        assertThat(organ.issuer()).isEqualTo("BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG A");
    }

    @Test
    void readsAPlanTitledByAVvLineAsItsTitleNotAsSectionV() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "V/v tổ chức các hoạt động chào mừng 90 năm", "",
                "ngày thành lập Hội LHPN Việt Nam", "-----", "I. MỤC ĐÍCH, YÊU CẦU", "1. Thể hiện sự quan tâm.")).draft();

        assertThat(draft.title()).isEqualTo("tổ chức các hoạt động chào mừng 90 năm ngày thành lập Hội LHPN Việt Nam");
        assertThat(draft.sections()).extracting(DraftSection::number).doesNotContain("V");
    }

    @Test
    void endsADecisionsTitleAtTheEnactingBody() {
        PlanDraft draft = importer.importLines(List.of("QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ THU, CHI",
                "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "- Căn cứ Luật Công đoàn năm 2012;")).draft();

        assertThat(draft.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ THU, CHI");
    }

    @Test
    void takesTheIssuerOfAHeaderlessQuyCheFromTheDecisionItWasIssuedWith() {
        ImportResult result = importer.importLines(List.of("QUY CHẾ CUỘC THI TÌM HIỂU “CÔNG ĐOÀN VIỆT NAM”(Ban hành kèm theo "
                + "Quyết định số ngày tháng 3 năm 2009", "của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam)",
                "Điều 1. Đối tượng dự thi."));

        assertThat(result.draft().kind()).isEqualTo("Quy chế");
        assertThat(result.draft().title()).isEqualTo("CUỘC THI TÌM HIỂU “CÔNG ĐOÀN VIỆT NAM”");
        assertThat(result.draft().issuer()).isEqualTo("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam");
        assertThat(result.draft().description()).extracting(DescriptionBlock::text)
                .anySatisfy(text -> assertThat(text).startsWith("(Ban hành kèm theo Quyết định số ngày tháng 3 năm 2009"));
    }

    @Test
    void readsAKindHeadingInLowerCaseWhenItStandsAloneOnItsLine() {
        PlanDraft draft = importer.importLines(List.of("Công đoàn trường A", "-báo cáo",
                "tổng kết hoạt động công đoàn năm học 2006 – 2007", "-Phần thứ nhất", "I Đặc điểm tình hình:")).draft();
        PlanDraft sentence = importer.importLines(List.of("Báo cáo kết quả công tác được gửi về trước ngày 10.")).draft();

        assertThat(draft.kind()).isEqualTo("Báo cáo");
        assertThat(draft.title()).isEqualTo("tổng kết hoạt động công đoàn năm học 2006 – 2007");
        assertThat(sentence.kind()).isNull();
    }

    @Test
    void joinsANumberAndADateThatAPageBrokeOntoLinesOfTheirOwn() {
        PlanDraft draft = importer.importLines(List.of("HƯỚNG DẪN", "Thu chi tài chính", "Căn cứ", "Quyết định số",
                "168/QĐ-TLĐ", "ngày", "09/01/2013", "của Tổng Liên đoàn Lao động Việt Nam về việc ban hành Quy định;")).draft();

        assertThat(draft.legalBasis()).containsExactly(new Reference("Quyết định", "168/QĐ-TLĐ", LocalDate.of(2013, 1, 9),
                "Tổng Liên đoàn Lao động Việt Nam"));
    }

    @Test
    void readsHeadingsNumberedThroughTheirPartAndRomanSectionAndRomanHeadingsInLowerCase() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "X", "A. PHẦN CHUNG", "A.I. MỤC ĐÍCH", "A.I.1. Nâng cao nhận thức",
                "- Tuyên truyền.", "I.2. Đoàn kết", "- Vận động.", "II những nhiệm vụ", "- Tổ chức hội nghị.")).draft();

        assertThat(draft.sections()).extracting(DraftSection::heading)
                .contains("MỤC ĐÍCH", "Nâng cao nhận thức", "Đoàn kết", "những nhiệm vụ");
        assertThat(draft.sections()).extracting(DraftSection::number).contains("I.1", "I.2", "II");
    }

    @Test
    void readsTheFiguresUnderAMucTieuHeadingAsTargetsWithoutAGoalWord() {
        PlanDraft draft = importer.importLines(List.of("KẾ HOẠCH", "X", "I. MỤC TIÊU", "2. Mục tiêu cụ thể",
                "- 100% công đoàn cơ sở tổ chức học tập Nghị quyết.", "II. NỘI DUNG", "- 100% đoàn viên đã được học tập.")).draft();

        assertThat(draft.targets()).singleElement().satisfies(target -> {
            assertThat(target.threshold()).isEqualByComparingTo("100");
            assertThat(target.line()).isEqualTo(5);
        });
    }

    @Test
    void refusesAnEmptyFileWithAClearError() {
        assertThatThrownBy(() -> importer.importDocument(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("blank.txt is empty: it holds no text to read");
    }
}
