package vn.congdoan.portal.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The words the pages put around dates, numbers, periods and deadlines, in both languages, from the real message files. */
class WordsTest {
    private final Words words = new Words(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void numbersAndPercentagesAreWrittenTheVietnameseWayAndTheEnglishWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
        assertThat(words.number(32_000)).isEqualTo("32.000");
        assertThat(words.percent(new BigDecimal("64.5"))).isEqualTo("64,5%");
        assertThat(words.percent(new BigDecimal("65"))).isEqualTo("65%");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.number(32_000)).isEqualTo("32,000");
        assertThat(words.percent(new BigDecimal("64.5"))).isEqualTo("64.5%");
    }

    @Test
    void periodsAndDeadlinesAreInWordsNeverCodes() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
        assertThat(words.period("2026-H1")).isEqualTo("6 tháng đầu năm 2026");
        assertThat(words.period("2026-Q3")).isEqualTo("quý III/2026");
        assertThat(words.period("PLAN")).isEqualTo("cả kỳ kế hoạch");
        assertThat(words.deadline(new Deadline("YEARLY", null, "--11-30", null))).isEqualTo("trước ngày 30/11 hằng năm");
        assertThat(words.date(LocalDate.of(2026, 6, 30))).isEqualTo("30/06/2026");
        assertThat(words.dueIn(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15))).isEqualTo("còn 15 ngày");
        assertThat(words.dueIn(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15))).isEqualTo("quá hạn 3 ngày");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.period("PLAN")).isEqualTo("over the plan's term");
    }

    @Test
    void aLongTitleIsCutAtAWordWithAnEllipsisAndAShortOneIsLeftAlone() {
        String title = "Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Chương trình hành động số 01-CTr/BCH";
        assertThat(Words.shorten(title, 60)).isEqualTo("Tuyên truyền Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ…")
                .hasSizeLessThanOrEqualTo(60);
        assertThat(Words.shorten("Kế hoạch năm 2026", 60)).isEqualTo("Kế hoạch năm 2026");
        assertThat(Words.shorten("Mộtchữrấtdàikhôngcókhoảngtrắngnàocả", 10)).isEqualTo("Mộtchữrất…");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
