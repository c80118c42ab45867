package vn.congdoan.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;

@RestController
@RequestMapping("/api/plans/{planId}/periods/{period}")
@Tag(name = "exports", description = "The federation's summary table, Vietnamese headers, as XLSX or CSV")
class ExportController {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final SummaryTable table;

    private final UnitScope scope;

    ExportController(SummaryTable table, UnitScope scope) {
        this.table = table;
        this.scope = scope;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Summary table of the unit's subtree as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId) {
        List<List<Object>> cells = cells(planId, period, unitId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tổng hợp " + period);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < cells.size(); r++) {
                Row row = sheet.createRow(r);
                Object label = cells.get(r).get(1);
                boolean strong = r == 0 || label != null && (label.toString().startsWith("Cộng ")
                        || label.toString().equals("Tổng cộng"));
                for (int c = 0; c < cells.get(r).size(); c++) {
                    Object value = cells.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                    if (strong) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, 60 * 256);
            workbook.write(out);
            return attachment(out.toByteArray(), XLSX, "tong-hop-" + period + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Summary table of the unit's subtree as CSV (UTF-8 with BOM, so that Excel shows the diacritics)")
    ResponseEntity<byte[]> csv(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId) {
        String text = cells(planId, period, unitId).stream()
                .map(row -> row.stream().map(ExportController::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return attachment(text.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "tong-hop-" + period + ".csv");
    }

    private List<List<Object>> cells(String planId, String period, String unitId) {
        scope.requireWithin(unitId);
        if (Period.parse(period).isEmpty()) {
            throw new InvalidRequestException("period", "is not a period: use 2026, 2026-H1, 2026-Q3, 2026-11 or 2026-08-31");
        }
        List<List<Object>> cells = new ArrayList<>();
        cells.add(new ArrayList<>(SummaryTable.HEADERS));
        for (SummaryTable.Row row : table.rows(planId, period, unitId)) {
            List<Object> line = new ArrayList<>();
            line.add(row.number());
            line.add(row.unit());
            line.add(row.level());
            if (row.members() == null) {
                line.add(null);
                line.add(null);
                line.add(null);
                line.add(null);
                line.add(null);
            } else {
                line.add(row.members().members());
                line.add(row.members().studySessions());
                line.add(row.members().studySessionsRate());
                line.add(row.members().skillsTraining());
                line.add(row.members().skillsTrainingRate());
            }
            line.add(row.fanpage());
            line.add(row.status());
            line.add(row.submittedOn());
            cells.add(line);
        }
        return cells;
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
