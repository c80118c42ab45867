package vn.congdoan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final List<String> COLUMNS = List.of("unitCode", "sector");

    @Test
    void readsQuotedFieldsAcrossLinesKeepingTheLineEachRowStartsOnAndSkipsBlankLines() {
        CsvTable table = CsvTable.read("\uFEFFUNITCODE,sector\r\n\r\n\"BD-\"\"X\"\", Quy Nhơn\",ENTERPRISE\n\"a\nb\",\n",
                COLUMNS, List.of("unitCode"));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("unitCode")).isEqualTo("BD-\"X\", Quy Nhơn");
        assertThat(table.rows().get(0).line()).isEqualTo(3);
        assertThat(table.rows().get(1).get("unitCode")).isEqualTo("a\nb");
        assertThat(table.rows().get(1).get("sector")).as("an empty cell").isNull();
    }

    @Test
    void listsEveryHeaderProblemAtOnce() {
        assertThatThrownBy(() -> CsvTable.read("unit,sector\nX,ENTERPRISE\n", COLUMNS, List.of("unitCode")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::message)
                        .containsExactly("unknown column 'unit'; expected [unitCode, sector]", "missing column unitCode"));
    }

    @Test
    void refusesAnUnclosedQuoteARowLongerThanTheHeaderAndAnEmptyFile() {
        assertThatThrownBy(() -> CsvTable.read("unitCode\n\"BD-1\nBD-2\n", COLUMNS, List.of()))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().extracting(RowError::row).isEqualTo(2));
        assertThatThrownBy(() -> CsvTable.read("unitCode\nBD-1,ENTERPRISE\n", COLUMNS, List.of()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement()
                        .extracting(RowError::message).isEqualTo("has 2 fields, the header names 1"));
        assertThatThrownBy(() -> CsvTable.read("\uFEFF\n\n", COLUMNS, List.of()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement()
                        .extracting(RowError::field).isEqualTo("header"));
    }
}
