package vn.congdoan.plan.unit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.unit.UnitImport.ImportResult;
import vn.congdoan.security.OutOfScopeException;
import vn.congdoan.security.Role;
import vn.congdoan.security.UnitScope;
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
    private final UnitPlaces places;
    private final UnitScope scope;

    UnitImportController(UnitImport imports, UnitPlaces places, UnitScope scope) {
        this.imports = imports;
        this.places = places;
        this.scope = scope;
    }

    @PostMapping(consumes = "text/csv")
    ImportResult importCsv(@RequestBody byte[] body) {
        return imports.importRows(inScope(UnitCsv.parse(Uploads.utf8(body))));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importJson(@RequestBody List<JsonRow> rows) {
        return imports.importRows(inScope(IntStream.range(0, rows.size()).mapToObj(i -> rows.get(i).at(i + 1)).toList()));
    }

    /**
     * The operator imports the whole directory at setup. Staff import only below their unit: every
     * unit the file changes is below it, and every parent is in their scope or in the file.
     */
    private List<UnitRow> inScope(List<UnitRow> rows) {
        if (scope.caller().has(Role.OPERATOR)) {
            return rows;
        }
        Set<String> inFile = rows.stream().map(row -> UnitRules.normalCode(row.code())).collect(Collectors.toSet());
        for (UnitRow row : rows) {
            places.byCode(UnitRules.normalCode(row.code())).ifPresent(unit -> scope.requireBelow(unit.id()));
            String parent = UnitRules.normalCode(row.parentCode());
            if (parent == null || parent.isEmpty()) {
                throw new OutOfScopeException("Hàng " + row.row() + ": chỉ người vận hành nhập đơn vị không có cấp trên"
                        + " / row " + row.row() + ": only an operator imports a unit without a parent");
            }
            if (!inFile.contains(parent)) {
                places.byCode(parent).ifPresent(unit -> scope.requireWithin(unit.id()));
            }
        }
        return rows;
    }

    /** One element of a JSON import; its row number is its position in the array, from 1. */
    record JsonRow(String code, String name, String level, String sector, String parentCode, String openedOn,
                   String closedOn) {
        UnitRow at(int row) {
            return new UnitRow(row, code, name, level, sector, parentCode, openedOn, closedOn);
        }
    }

}
