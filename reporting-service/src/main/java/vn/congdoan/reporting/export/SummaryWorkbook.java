package vn.congdoan.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary table as an Excel workbook: one sheet, the headers frozen on top, numbers as numbers,
 * the header, subtotal and total rows in bold. No Spring: unit-tested by reading the workbook back.
 */
final class SummaryWorkbook {
    private static final int UNIT_COLUMN_WIDTH = 60 * 256;

    private SummaryWorkbook() {
    }

    static byte[] write(String sheetName, List<SummaryTable.Row> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = bold(workbook);
            write(sheet.createRow(0), List.copyOf(SummaryTable.HEADERS), bold);
            for (int r = 0; r < rows.size(); r++) {
                SummaryTable.Row row = rows.get(r);
                write(sheet.createRow(r + 1), row.cells(), row.kind() == SummaryTable.Kind.UNIT ? null : bold);
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, UNIT_COLUMN_WIDTH);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }
}
