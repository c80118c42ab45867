package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class PlanDocumentReaderTest {

    private final PlanImporter importer = new PlanImporter();

    @Test
    void splitsTextOnEveryKindOfLineEnd() {
        byte[] bytes = "một\r\nhai\rba\nbốn\n".getBytes(StandardCharsets.UTF_8);

        assertThat(PlanDocumentReader.read(bytes, "x.txt")).containsExactly("một", "hai", "ba", "bốn");
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bytes = MessyPlans.withBom("KẾ HOẠCH\nTiêu đề".getBytes(StandardCharsets.UTF_8));

        assertThat(PlanDocumentReader.read(bytes, "x.txt")).containsExactly("KẾ HOẠCH", "Tiêu đề");
    }

    @Test
    void readsUtf16WithItsByteOrderMark() {
        byte[] bytes = "\uFEFFKẾ HOẠCH\r\nTiêu đề".getBytes(StandardCharsets.UTF_16LE);

        assertThat(PlanDocumentReader.read(bytes, "x.txt")).containsExactly("KẾ HOẠCH", "Tiêu đề");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] windows1258 = {'K', (byte) 0xCA, ' ', 'H', 'O', (byte) 0xC3, 'C', 'H'};

        assertThatThrownBy(() -> PlanDocumentReader.read(windows1258, "plan.txt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("plan.txt");
    }

    @Test
    void refusesALegacyWordDocument() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> PlanDocumentReader.read(doc, "plan.doc"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(".docx");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};

        assertThatThrownBy(() -> PlanDocumentReader.read(zip, "plan.docx")).isInstanceOf(UnreadableDocumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedPlans.PROPAGANDA_PLAN, SeedPlans.HO_CHI_MINH_STUDY_PLAN})
    void importsADocxOfTheSeedExactlyAsItsText(String seed) {
        byte[] text = SeedPlans.bytes(seed);
        byte[] docx = Docx.ofParagraphs(PlanDocumentReader.read(text, seed));

        assertThat(importer.importDocument(docx, "plan.bin")).isEqualTo(importer.importDocument(text, seed));
    }

    @Test
    void readsTheSignatureTableCellByCell() {
        byte[] docx = new Docx()
                .paragraph("KẾ HOẠCH")
                .paragraph("Tuyên truyền Nghị quyết số 02-NQ/TW")
                .table(List.of("Nơi nhận:", "- Tổng LĐLĐ Việt Nam;", "- Lưu: VT, Ban TG-NC."),
                        List.of("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Mạnh Hùng"))
                .bytes();

        PlanDraft draft = importer.importDocument(docx, "plan.docx").draft();

        assertThat(draft.recipients()).containsExactly("Tổng LĐLĐ Việt Nam");
        assertThat(draft.archive()).isEqualTo("VT, Ban TG-NC");
        assertThat(draft.signer()).isEqualTo(new Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng"));
    }

    @Test
    void writesOutWordsAutomaticNumberingAndBullets() {
        Docx docx = new Docx();
        BigInteger numbers = docx.list(STNumberFormat.DECIMAL, "%1.");
        BigInteger bullets = docx.list(STNumberFormat.BULLET, "•");
        docx.listItem(numbers, "Liên đoàn Lao động tỉnh")
                .listItem(bullets, "Tham mưu xây dựng kế hoạch (Hoàn thành trong tháng 8/2021).")
                .listItem(numbers, "Công đoàn cấp trên cơ sở");

        assertThat(PlanDocumentReader.read(docx.bytes(), "plan.docx")).containsExactly(
                "1. Liên đoàn Lao động tỉnh",
                "- Tham mưu xây dựng kế hoạch (Hoàn thành trong tháng 8/2021).",
                "2. Công đoàn cấp trên cơ sở");
    }
}
