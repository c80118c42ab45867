package vn.congdoan.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        byte[] workbook = SummaryWorkbook.write("Tổng hợp " + period, rows(planId, period, unitId));
        return attachment(workbook, XLSX, "tong-hop-" + period + ".xlsx");
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Summary table of the unit's subtree as CSV (UTF-8 with BOM, so that Excel shows the diacritics)")
    ResponseEntity<byte[]> csv(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId) {
        String text = Stream.concat(Stream.of(List.<Object>copyOf(SummaryTable.HEADERS)),
                        rows(planId, period, unitId).stream().map(SummaryTable.Row::cells))
                .map(cells -> cells.stream().map(CsvCell::of).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return attachment(text.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "tong-hop-" + period + ".csv");
    }

    private List<SummaryTable.Row> rows(String planId, String period, String unitId) {
        scope.requireWithin(unitId);
        if (Period.parse(period).isEmpty()) {
            throw new InvalidRequestException("period", "is not a period: use 2026, 2026-H1, 2026-Q3, 2026-11 or 2026-08-31");
        }
        return table.rows(planId, period, unitId);
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
