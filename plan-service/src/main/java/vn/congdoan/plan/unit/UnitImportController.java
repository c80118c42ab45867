package vn.congdoan.plan.unit;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.unit.UnitImport.ImportResult;
import vn.congdoan.web.Uploads;

/**
 * {@code POST /api/units/import}: a CSV file ({@code text/csv}, see {@link UnitCsv}) or a JSON
 * array of objects with the same fields ({@code application/json}; dates as YYYY-MM-DD).
 * A refused import answers 400 with {@code errors[]} of {row, code, field, message}.
 */
@RestController
@RequestMapping("/api/units/import")
class UnitImportController {
    private final UnitImport imports;

    UnitImportController(UnitImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "text/csv")
    ImportResult importCsv(@RequestBody byte[] body) {
        return imports.importRows(UnitCsv.parse(Uploads.utf8(body)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importJson(@RequestBody List<JsonRow> rows) {
        return imports.importRows(IntStream.range(0, rows.size()).mapToObj(i -> rows.get(i).at(i + 1)).toList());
    }

    /** One element of a JSON import; its row number is its position in the array, from 1. */
    record JsonRow(String code, String name, String level, String sector, String parentCode, String openedOn,
                   String closedOn) {
        UnitRow at(int row) {
            return new UnitRow(row, code, name, level, sector, parentCode, openedOn, closedOn);
        }
    }

}
