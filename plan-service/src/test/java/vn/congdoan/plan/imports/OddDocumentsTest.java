package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents that are not quite plans still import: gaps become findings, never exceptions. */
class OddDocumentsTest {

    private final PlanImporter importer = new PlanImporter();

    static Stream<List<String>> oddDocuments() {
        return Stream.of(
                List.of(),
                List.of("", "   ", "\t"),
                List.of("KẾ HOẠCH"),
                List.of("KẾHOẠCH"),
                List.of("I.", "1.", "-", "+", "a)"),
                List.of("Nơi nhận:", "TM. BAN THƯỜNG VỤ"),
                List.of("IV. TỔ CHỨC THỰC HIỆN", "- Thường xuyên và theo định kỳ", "1.1. Ban: ", "(Q.IV/2021)"),
                List.of("II. CHỈ TIÊU", "1. Phấn đấu 200% đạt", "2. Không có số nào", "a) 5 hội nghị"));
    }

    @ParameterizedTest
    @MethodSource("oddDocuments")
    void importsWithoutFailingAndReportsWhatIsMissing(List<String> lines) {
        ImportResult result = importer.importLines(lines);

        assertThat(result.findings()).extracting(Finding::code).contains(FindingCodes.MISSING_NUMBER);
    }

    @Test
    void readsRomanHeadingsWrittenWithADash() {
        ImportResult result = importer.importLines(List.of("KẾ HOẠCH", "Tiêu đề", "IV- TỔ CHỨC THỰC HIỆN",
                "1. Ban Tổ chức - Kiểm tra", "- Rà soát quy chế (Hoàn thành trong tháng 12/2021)."));

        assertThat(result.draft().sections()).extracting(DraftSection::number).containsExactly("IV", "IV.1");
        assertThat(result.draft().tasks()).singleElement()
                .satisfies(task -> assertThat(task.responsible()).isEqualTo("Ban Tổ chức - Kiểm tra"));
    }

    @Test
    void readsASignerSigningForTheChairmanWithoutRecipients() {
        ImportResult result = importer.importLines(List.of("KẾ HOẠCH", "Tiêu đề", "I. MỤC ĐÍCH", "- Tuyên truyền.",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Lan"));

        assertThat(result.draft().signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Lan"));
        assertThat(result.findings()).extracting(Finding::code).contains(FindingCodes.MISSING_RECIPIENTS)
                .doesNotContain(FindingCodes.MISSING_SIGNER);
    }
}
