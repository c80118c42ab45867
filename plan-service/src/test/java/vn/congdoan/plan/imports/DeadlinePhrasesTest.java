package vn.congdoan.plan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congdoan.plan.imports.DeadlinePhrases.ParsedDeadline;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.DeadlineRule.Monthly;
import vn.congdoan.plan.deadline.DeadlineRule.Once;
import vn.congdoan.plan.deadline.DeadlineRule.Ongoing;
import vn.congdoan.plan.deadline.DeadlineRule.Periodic;
import vn.congdoan.plan.deadline.DeadlineRule.Quarterly;
import vn.congdoan.plan.deadline.DeadlineRule.SemiAnnual;
import vn.congdoan.plan.deadline.DeadlineRule.Yearly;

class DeadlinePhrasesTest {

    private static final DeadlineRule END_OF_2021 = new Once(LocalDate.of(2021, 12, 31));

    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("Hoàn thành trong tháng 8/2021", new Once(LocalDate.of(2021, 8, 31))),
                Arguments.of("Hoàn thành trong tháng 09/2021", new Once(LocalDate.of(2021, 9, 30))),
                Arguments.of("(Hoàn thành trong tháng 10/2021).", new Once(LocalDate.of(2021, 10, 31))),
                Arguments.of("tháng 2/2024", new Once(LocalDate.of(2024, 2, 29))),
                Arguments.of("Hoàn thành trong quý IV/2021", END_OF_2021),
                Arguments.of("hoàn thành vào quý IV/2021", END_OF_2021),
                Arguments.of("quý 4/2021", END_OF_2021),
                Arguments.of("Q.IV/2021", END_OF_2021),
                Arguments.of("quý IV năm 2021", END_OF_2021),
                Arguments.of("trong quý II/2022", new Once(LocalDate.of(2022, 6, 30))),
                Arguments.of("trước ngày 15/10/2021", new Once(LocalDate.of(2021, 10, 15))),
                Arguments.of("hoàn thành vào tháng 12 hằng năm", new Yearly(MonthDay.of(12, 31))),
                Arguments.of("tháng 6 hàng năm", new Yearly(MonthDay.of(6, 30))),
                Arguments.of("Trước ngày 30/11 hàng năm", new Yearly(MonthDay.of(11, 30))),
                Arguments.of("Thường xuyên và theo định kỳ tháng, quý, năm",
                        new Periodic(List.of(new Monthly(), new Quarterly(), new Yearly(MonthDay.of(12, 31))))),
                Arguments.of("định kỳ hàng quý", new Quarterly()),
                Arguments.of("hằng tháng", new Monthly()),
                Arguments.of("báo cáo hoạt động công đoàn 6 tháng và báo cáo năm", new SemiAnnual()),
                Arguments.of("6 tháng", new SemiAnnual()),
                Arguments.of("Thường xuyên", new Ongoing()),
                Arguments.of("thực hiện thường xuyên", new Ongoing()),
                Arguments.of("Thực hiện thường xuyên trong năm", new Ongoing()),
                Arguments.of("THƯỜNG XUYÊN", new Ongoing()),
                Arguments.of("hằng năm", new Yearly(MonthDay.of(12, 31))),
                Arguments.of("hàng năm", new Yearly(MonthDay.of(12, 31))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void readsThePhraseIntoItsRule(String phrase, DeadlineRule rule) {
        assertThat(DeadlinePhrases.parse(phrase)).map(ParsedDeadline::rule).contains(rule);
    }

    static Stream<Arguments> phrasesWithoutDiacritics() {
        return Stream.of(
                Arguments.of("hang nam", new Yearly(MonthDay.of(12, 31))),
                Arguments.of("thuong xuyen", new Ongoing()),
                Arguments.of("quy IV/2021", END_OF_2021),
                Arguments.of("truoc ngay 30/11 hang nam", new Yearly(MonthDay.of(11, 30))),
                Arguments.of("Hoan thanh trong thang 8/2021", new Once(LocalDate.of(2021, 8, 31))),
                Arguments.of("Thuong xuyen va theo dinh ky thang, quy, nam",
                        new Periodic(List.of(new Monthly(), new Quarterly(), new Yearly(MonthDay.of(12, 31))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasesWithoutDiacritics")
    void readsPhrasesTypedWithoutDiacriticsAndKeepsTheirText(String phrase, DeadlineRule rule) {
        assertThat(DeadlinePhrases.parse(phrase)).hasValueSatisfying(parsed -> {
            assertThat(parsed.rule()).isEqualTo(rule);
            assertThat(parsed.phrase()).isEqualTo(phrase);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hoàn thành trong tháng 8/2021", "Trước ngày 30/11 hằng năm", "Thực hiện thường xuyên"})
    void readsDecomposedUnicodeAndReturnsTheComposedPhrase(String phrase) {
        String decomposed = Normalizer.normalize(phrase, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(phrase);

        assertThat(DeadlinePhrases.parse(decomposed)).hasValueSatisfying(parsed -> {
            assertThat(parsed.phrase()).isEqualTo(phrase);
            assertThat(parsed.rule()).isEqualTo(DeadlinePhrases.parse(phrase).orElseThrow().rule());
        });
    }

    @Test
    void toleratesStraySpacesAndTabs() {
        assertThat(DeadlinePhrases.parse("  Hoàn thành\ttrong  tháng 8 / 2021 "))
                .map(ParsedDeadline::rule).contains(new Once(LocalDate.of(2021, 8, 31)));
    }

    @Test
    void reportsPeriodicWithoutPeriodsAsAmbiguousAndOngoing() {
        assertThat(DeadlinePhrases.parse("Thường xuyên và theo định kỳ")).hasValueSatisfying(parsed -> {
            assertThat(parsed.rule()).isEqualTo(new Ongoing());
            assertThat(parsed.ambiguous()).isTrue();
            assertThat(parsed.note()).contains("định kỳ");
        });
    }

    @Test
    void notesThatAYearlyPhraseWithoutADayWasTakenAsTheEndOfTheYear() {
        assertThat(DeadlinePhrases.parse("hằng năm")).hasValueSatisfying(parsed -> {
            assertThat(parsed.ambiguous()).isFalse();
            assertThat(parsed.note()).contains("31/12");
        });
        assertThat(DeadlinePhrases.parse("Trước ngày 30/11 hàng năm")).map(ParsedDeadline::note).isEmpty();
    }

    @Test
    void reportsADateThatDoesNotExistInsteadOfFailing() {
        assertThat(DeadlinePhrases.parse("trong tháng 13/2021")).hasValueSatisfying(parsed -> {
            assertThat(parsed.ambiguous()).isTrue();
            assertThat(parsed.rule()).isEqualTo(new Ongoing());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inforgrafic, poster", "qua Ban Tuyên giáo - Nữ công", "ĐVNLĐ", "khóa XIII",
            "Hội nghị trực tiếp, trực tuyến hoặc phát hành tài liệu…", "thường xuyên tương tác"})
    void findsNoDeadlineInOtherWords(String text) {
        assertThat(DeadlinePhrases.parse(text)).isEmpty();
    }

    @Test
    void readsTheLongestDeadlineATextStartsWith() {
        assertThat(DeadlinePhrases.parseLeading("Trước ngày 30/11 hàng năm, các cấp công đoàn tổ chức đánh giá"))
                .hasValueSatisfying(parsed -> {
                    assertThat(parsed.phrase()).isEqualTo("Trước ngày 30/11 hàng năm");
                    assertThat(parsed.rule()).isEqualTo(new Yearly(MonthDay.of(11, 30)));
                });
        assertThat(DeadlinePhrases.parseLeading("Thường xuyên phối hợp với các cấp công đoàn"))
                .map(ParsedDeadline::phrase).contains("Thường xuyên");
        assertThat(DeadlinePhrases.parseLeading("Bằng nhiều hình thức khác nhau, thường xuyên")).isEmpty();
    }
}
