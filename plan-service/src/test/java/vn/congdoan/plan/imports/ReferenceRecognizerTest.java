package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceRecognizerTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới",
                        new Reference("Nghị quyết", "02-NQ/TW", LocalDate.of(2021, 6, 12), "Bộ Chính trị")),
                Arguments.of("Chương trình hành động số 01/CTr-BCH ngày 20/7/2021 của Tổng Liên đoàn Lao động Việt Nam về việc",
                        new Reference("Chương trình hành động", "01/CTr-BCH", LocalDate.of(2021, 7, 20),
                                "Tổng Liên đoàn Lao động Việt Nam")),
                Arguments.of("triển khai Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục",
                        new Reference("Kết luận", "01-KL/TW", LocalDate.of(2021, 5, 18), "Bộ Chính trị")),
                Arguments.of("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII và",
                        new Reference("Chỉ thị", "05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị")),
                Arguments.of("Thực hiện Công văn số 115-CV/TU ngày 09/6/2021 về việc triển khai",
                        new Reference("Công văn", "115-CV/TU", LocalDate.of(2021, 6, 9), null)),
                Arguments.of("và Kế hoạch số 11-KH/TU ngày 18/10/2021 thực hiện",
                        new Reference("Kế hoạch", "11-KH/TU", LocalDate.of(2021, 10, 18), null)),
                Arguments.of("theo Quy định 101-QĐ/TW, ngày 06/7/2012 của Ban Bí thư khoá XI về trách nhiệm",
                        new Reference("Quy định", "101-QĐ/TW", LocalDate.of(2012, 7, 6), "Ban Bí thư")),
                Arguments.of("thực hien Nghi quyet so 02-NQ/TW ngay 12/6/2021 cua Bo Chinh tri;",
                        new Reference("Nghị quyết", "02-NQ/TW", LocalDate.of(2021, 6, 12), "Bo Chinh tri")),
                Arguments.of("Thực hiện Hướng dẫn số 180 /NC-CĐN ngày 21 tháng 9 năm 2020 của Công đoàn ngành Giáo dục tỉnh A về việc",
                        new Reference("Hướng dẫn", "180/NC-CĐN", LocalDate.of(2020, 9, 21), "Công đoàn ngành Giáo dục tỉnh A")),
                Arguments.of("theo quy định tại Điều 22 Nghị định số 159/2016/NĐ-CP.",
                        new Reference("Nghị định", "159/2016/NĐ-CP", null, null)),
                Arguments.of("Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI về",
                        new Reference("Nghị quyết", "29-NQ/TW", LocalDate.of(2013, 11, 4),
                                "Hội nghị lần thứ tám Ban Chấp hành Trung ương")),
                Arguments.of("Theo đề nghị của Ban Tài chính Tổng Liên đoàn tại Tờ trình số 146/Tr-BTC ngày 08 tháng 8 năm 2011.",
                        new Reference("Tờ trình", "146/Tr-BTC", LocalDate.of(2011, 8, 8), "Ban Tài chính Tổng Liên đoàn")),
                Arguments.of("Ngày 28/9/2011, Đoàn Chủ tịch Tổng Liên đoàn đã ban hành văn bản số 1599/TLĐ kêu gọi các cấp",
                        new Reference("Văn bản", "1599/TLĐ", LocalDate.of(2011, 9, 28), "Đoàn Chủ tịch Tổng Liên đoàn")),
                Arguments.of("Căn cứ Chương trình công tác năm 2021 của Tổng Liên đoàn Lao động Việt NamKế hoạch số 04/KH-UBND"
                                + " ngày 22/01/2020 của Ủy ban nhân dân tỉnh về triển khai",
                        new Reference("Kế hoạch", "04/KH-UBND", LocalDate.of(2020, 1, 22), "Ủy ban nhân dân tỉnh")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void readsKindNumberDateAndIssuer(String text, Reference reference) {
        assertThat(ReferenceRecognizer.recognise(text)).containsExactly(reference);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Ban Thường vụ xây dựng Kế hoạch thực hiện như sau",
            "07 chương trình hành động của Tỉnh uỷ", "Nghị quyết Trung ương 4 (khóa XI)",
            "Công đoàn Trường THCS Chu Văn AnKế hoạch tổ chức sinh hoạt 8/3"})
    void findsNoReferenceWithoutANumber(String text) {
        assertThat(ReferenceRecognizer.recognise(text)).isEmpty();
    }

    @Test
    void readsEachNumberOfAListSharingOneCode() {
        assertThat(ReferenceRecognizer.recognise("07 chương trình hành động từ số 5,6,7-CTr/TU ngày 14/5/2021 của Tỉnh uỷ"))
                .extracting(Reference::number, Reference::date, Reference::issuer)
                .containsExactly(tuple("5-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ"),
                        tuple("6-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ"),
                        tuple("7-CTr/TU", LocalDate.of(2021, 5, 14), "Tỉnh uỷ"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nghị quyết số 6a/NQ-TLĐ ngày 03/8/2021|6a/NQ-TLĐ",
            "Kế hoạch phối hợp số 05-KHPH/LĐLĐ-STP|05-KHPH/LĐLĐ-STP",
            "căn cứ hướng dẫn số 39/HD - CĐN ngày 20/9/2016|39/HD-CĐN",
            "thực hiện nghị quyết số 29 NQ/TW về đổi mới|29-NQ/TW",
            "Kế hoạch số 34/KH - Tổ chức Tết|34/KH"})
    void readsNumbersWithLettersSpacesAndTypingSlips(String text, String number) {
        assertThat(ReferenceRecognizer.recognise(text)).extracting(Reference::number).containsExactly(number);
    }

    @Test
    void readsAnIssuerGluedToTheDateByATypingSlip() {
        assertThat(ReferenceRecognizer.recognise("Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa, trên"))
                .extracting(Reference::issuer).containsExactly("LĐLĐ tỉnh Thanh Hóa");
    }

    @Test
    void takesTheIssuerNamedLaterWhenItsInitialsMatchTheCode() {
        assertThat(ReferenceRecognizer.recognise("Công văn số 115-CV/TU ngày 09/6/2021 về việc triển khai Kết luận số "
                + "01-KL/TW của Bộ Chính trị và Kế hoạch số 11-KH/TU của Tỉnh ủy Bình Định, Ban Thường vụ"))
                .extracting(Reference::number, Reference::issuer)
                .containsExactly(tuple("115-CV/TU", "Tỉnh ủy Bình Định"), tuple("01-KL/TW", "Bộ Chính trị"),
                        tuple("11-KH/TU", "Tỉnh ủy Bình Định"));
    }

    @Test
    void readsCompoundKinds() {
        assertThat(ReferenceRecognizer.recognise("Căn cứ Thông báo kết luận số 19-TB/TU ngày 25/12/2015 của Tỉnh ủy"))
                .extracting(Reference::kind).containsExactly("Thông báo kết luận");
    }

    @Test
    void keepsEachDocumentOnceComparingNumbersIgnoringCase() {
        Findings findings = new Findings();
        LegalBasis basis = new LegalBasis(findings);

        basis.addAll(ReferenceRecognizer.recognise("Chương trình hành động số 01/Ctr-BCH ngày 20/7/2021 của Tổng Liên đoàn và"), 2, "");
        basis.addAll(ReferenceRecognizer.recognise("Chương trình hành động số 01/CTr-BCH ngày 20/7/2021 của Tổng Liên đoàn Lao động Việt Nam về"), 5, "");

        assertThat(basis.list()).containsExactly(new Reference("Chương trình hành động", "01/Ctr-BCH",
                LocalDate.of(2021, 7, 20), "Tổng Liên đoàn Lao động Việt Nam"));
        assertThat(findings.inLineOrder()).isEmpty();
    }

    @Test
    void takesAShortenedNumberForTheFullOneAndSaysSo() {
        Findings findings = new Findings();
        LegalBasis basis = new LegalBasis(findings);

        basis.addAll(ReferenceRecognizer.recognise("Kết luận số 01-KL ngày 15/5/2021 của Bộ Chính trị về"), 2, "title");
        basis.addAll(ReferenceRecognizer.recognise("triển khai Kết luận số 01-KL/TW của Bộ Chính trị (khóa XIII)"), 8, "intro");

        assertThat(basis.list()).containsExactly(
                new Reference("Kết luận", "01-KL/TW", LocalDate.of(2021, 5, 15), "Bộ Chính trị"));
        assertThat(findings.inLineOrder()).extracting(Finding::code, Finding::line)
                .containsExactly(org.assertj.core.api.Assertions.tuple(FindingCodes.REFERENCE_NUMBER_COMPLETED, 8));
    }

    @Test
    void keepsTwoDocumentsWhoseNumbersOnlyShareDigits() {
        LegalBasis basis = new LegalBasis(new Findings());

        basis.addAll(ReferenceRecognizer.recognise("Kế hoạch số 1-KH/TU và Kế hoạch số 11-KH/TU"), 3, "");

        assertThat(basis.list()).extracting(Reference::number).containsExactly("1-KH/TU", "11-KH/TU");
    }
}
