package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.unit.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congdoan.plan.deadline.DeadlineRule.Once;
import vn.congdoan.plan.deadline.DeadlineRule.Ongoing;
import vn.congdoan.plan.deadline.DeadlineRule.Yearly;

/** Plans as officers type and convert them still read the same. */
class RealWorldTextTest {

    private final PlanImporter importer = new PlanImporter();
    private final ImportResult clean = importer.importDocument(MessyPlans.utf8(MessyPlans.withHeader()), "plan.txt");

    @Test
    void readsIssuerNumberPlaceAndDateFromAFlattenedHeaderTable() {
        PlanDraft draft = clean.draft();
        assertThat(draft.issuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH - BAN THƯỜNG VỤ");
        assertThat(draft.number()).isEqualTo("45/KH-LĐLĐ");
        assertThat(draft.place()).isEqualTo("Bình Định");
        assertThat(draft.issueDate()).isEqualTo(LocalDate.of(2021, 8, 10));
        assertThat(draft.title()).isEqualTo("Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị");
        assertThat(clean.findings()).extracting(Finding::code)
                .doesNotContain(FindingCodes.MISSING_NUMBER, FindingCodes.MISSING_DATE, FindingCodes.MISSING_ISSUER);
    }

    @Test
    void readsHeaderFieldsOnLinesOfTheirOwnEvenBelowTheTitle() {
        PlanDraft draft = importer.importLines(java.util.List.of("LĐLĐ TỈNH BÌNH ĐỊNH", "Số 45 / KH-LĐLĐ", "KẾ HOẠCH",
                "Tuyên truyền pháp luật", "Quy Nhơn, ngày 05 tháng 01 năm 2022", "I. MỤC ĐÍCH, YÊU CẦU")).draft();

        assertThat(draft.issuer()).isEqualTo("LĐLĐ TỈNH BÌNH ĐỊNH");
        assertThat(draft.number()).isEqualTo("45/KH-LĐLĐ");
        assertThat(draft.place()).isEqualTo("Quy Nhơn");
        assertThat(draft.issueDate()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(draft.title()).isEqualTo("Tuyên truyền pháp luật");
    }

    @Test
    void readsDeadlinesWrittenWithoutDiacriticsQuarterNumeralsAndCapitals() {
        assertThat(clean.draft().tasks()).extracting(DraftTask::line, DraftTask::deadlinePhrase, DraftTask::deadline)
                .containsExactly(
                        tuple(20, "Hoan thanh trong thang 8/2021", new Once(LocalDate.of(2021, 8, 31))),
                        tuple(21, "Hoàn thành trong quý 4/2021", new Once(LocalDate.of(2021, 12, 31))),
                        tuple(22, "Q.IV/2021", new Once(LocalDate.of(2021, 12, 31))),
                        tuple(23, "THƯỜNG XUYÊN", new Ongoing()),
                        tuple(24, "truoc ngay 30/11 hang nam", new Yearly(MonthDay.of(11, 30))),
                        tuple(27, "thuong xuyen", new Ongoing()),
                        tuple(30, "hang nam", new Yearly(MonthDay.of(12, 31))));
    }

    @Test
    void joinsHardLineBreaksAndTidiesStraySpaces() {
        assertThat(clean.draft().tasks()).extracting(DraftTask::title).containsSubsequence(
                "Tổng hợp kết quả, báo cáo về LĐLĐ tỉnh",
                "Phối hợp đưa tin lên website, fanpage Công đoàn Bình Định",
                "Xây dựng kế hoạch ở cấp mình");
        assertThat(clean.draft().purposes()).containsExactly("Tuyên truyền tới các cấp công đoàn.");
        assertThat(clean.draft().targets()).extracting(DraftTarget::comparator, DraftTarget::threshold, DraftTarget::sector)
                .containsExactly(
                        tuple(Comparator.GT, new BigDecimal("90"), Sector.PUBLIC_SECTOR),
                        tuple(Comparator.GTE, new BigDecimal("65"), Sector.ENTERPRISE));
    }

    @Test
    void readsTheSignatureBesideTheRecipients() {
        assertThat(clean.draft().recipients()).containsExactly("Như trên");
        assertThat(clean.draft().archive()).isEqualTo("VT");
        assertThat(clean.draft().signer()).isEqualTo(new Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng"));
    }

    @Test
    void readsTheLegalBasisFromTheTitleAndTheIntroduction() {
        assertThat(clean.draft().legalBasis()).containsExactly(
                new Reference("Nghị quyết", "02-NQ/TW", LocalDate.of(2021, 6, 12), "Bộ Chính trị"),
                new Reference("Chỉ thị", "05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị"));
    }

    static Stream<Arguments> encodings() {
        String text = MessyPlans.withHeader();
        return Stream.of(
                Arguments.of("NFD", MessyPlans.utf8(MessyPlans.decomposed(text))),
                Arguments.of("CRLF", MessyPlans.utf8(MessyPlans.windowsLineEnds(text))),
                Arguments.of("CR", MessyPlans.utf8(MessyPlans.oldMacLineEnds(text))),
                Arguments.of("BOM", MessyPlans.withBom(MessyPlans.utf8(text))),
                Arguments.of("BOM, NFD and CRLF",
                        MessyPlans.withBom(MessyPlans.utf8(MessyPlans.windowsLineEnds(MessyPlans.decomposed(text))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsTheSamePlanWhateverTheEncodingAndLineEnds(String variant, byte[] bytes) {
        ImportResult result = importer.importDocument(bytes, "plan.txt");

        assertThat(result).isEqualTo(clean);
    }

    @Test
    void writesComposedTextWithDiacriticsIntact() {
        ImportResult result = importer.importDocument(MessyPlans.utf8(MessyPlans.decomposed(MessyPlans.withHeader())), "x.txt");

        assertThat(result.draft().tasks()).allSatisfy(task ->
                assertThat(Normalizer.isNormalized(task.title(), Normalizer.Form.NFC)).isTrue());
        assertThat(result.draft().signer().name()).isEqualTo("Nguyễn Mạnh Hùng");
    }
}
