package vn.congdoan.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is shown as text instead; everything else is written as it is. */
class CsvCellTest {

    @Test
    void textThatStartsLikeAFormulaGetsALeadingApostrophe() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://evil.example\",\"Xem\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Xem\"\")\"");
        assertThat(CsvCell.of("+84 912 345 678")).isEqualTo("'+84 912 345 678");
        assertThat(CsvCell.of("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCell.of("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedToo() {
        assertThat(CsvCell.of("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCell.of("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void ordinaryTextAndNumbersAreWrittenAsTheyAre() {
        assertThat(CsvCell.of("Công đoàn cơ sở Trường THPT Lê Quý Đôn")).isEqualTo("Công đoàn cơ sở Trường THPT Lê Quý Đôn");
        assertThat(CsvCell.of("Nguyễn, Trần")).isEqualTo("\"Nguyễn, Trần\"");
        assertThat(CsvCell.of("1.2")).isEqualTo("1.2");
        assertThat(CsvCell.of(-3)).isEqualTo("-3");
        assertThat(CsvCell.of(new BigDecimal("0.950"))).isEqualTo("0.950");
        assertThat(CsvCell.of(null)).isEmpty();
    }
}
