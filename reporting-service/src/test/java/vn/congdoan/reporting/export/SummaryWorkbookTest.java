package vn.congdoan.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.congdoan.reporting.rollup.MemberFigures;

class SummaryWorkbookTest {
    private static final MemberFigures.Line FIGURES = new MemberFigures.Line(null, 120, 90, new BigDecimal("75.00"), 30,
            new BigDecimal("25.00"));

    @Test
    void theHeaderSubtotalAndTotalRowsAreBoldWhateverAUnitIsCalled() throws IOException {
        List<SummaryTable.Row> rows = List.of(
                unit("1", "Cộng đồng doanh nghiệp Phù Cát", FIGURES),
                new SummaryTable.Row(SummaryTable.Kind.SUBTOTAL, "", "Cộng LĐLĐ huyện Phù Cát", "", FIGURES, "1",
                        "Đã nộp 1/1 (đúng hạn 1)", ""),
                unit("2", "Công đoàn cơ sở Trường THPT Trưng Vương", null),
                new SummaryTable.Row(SummaryTable.Kind.TOTAL, "", "Tổng cộng", "", FIGURES, "1",
                        "Đã nộp 1/2 (đúng hạn 1)", ""));

        try (XSSFWorkbook workbook = read(SummaryWorkbook.write("Tổng hợp 2026", rows))) {
            Sheet sheet = workbook.getSheet("Tổng hợp 2026");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(List.of(0, 1, 2, 3, 4)).map(r -> bold(workbook, sheet.getRow(r)))
                    .containsExactly(true, false, true, false, true);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void figuresAreNumbersAndAMissingReportLeavesThemEmpty() throws IOException {
        List<SummaryTable.Row> rows = List.of(unit("1", "Công đoàn cơ sở Trường THPT Trưng Vương", FIGURES),
                unit("2", "Công đoàn cơ sở Công ty May Phù Cát", null));

        try (XSSFWorkbook workbook = read(SummaryWorkbook.write("Tổng hợp 2026", rows))) {
            Row reported = workbook.getSheetAt(0).getRow(1);
            assertThat(reported.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(reported.getCell(3).getNumericCellValue()).isEqualTo(120);
            assertThat(reported.getCell(5).getNumericCellValue()).isEqualTo(75);
            assertThat(reported.getCell(1).getStringCellValue()).isEqualTo("Công đoàn cơ sở Trường THPT Trưng Vương");
            Row missing = workbook.getSheetAt(0).getRow(2);
            assertThat(missing.getCell(3).getStringCellValue()).isEmpty();
            assertThat(missing.getCell(9).getStringCellValue()).isEqualTo("Chưa nộp");
        }
    }

    private static SummaryTable.Row unit(String number, String name, MemberFigures.Line figures) {
        return new SummaryTable.Row(SummaryTable.Kind.UNIT, number, name, "GRASSROOTS", figures,
                figures == null ? "" : "Có", figures == null ? "Chưa nộp" : "Đúng hạn", figures == null ? "" : "2026-11-20");
    }

    private static boolean bold(XSSFWorkbook workbook, Row row) {
        return workbook.getFontAt(row.getCell(1).getCellStyle().getFontIndex()).getBold();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
