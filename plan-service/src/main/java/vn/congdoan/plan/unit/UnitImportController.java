package vn.congdoan.plan.unit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.plan.unit.UnitImport.ImportResult;

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
        return imports.importRows(UnitCsv.parse(utf8(body)));
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

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.errors().size()
                + " problems in the import; nothing was written");
        problem.setTitle("Import refused");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(new RowError(0, null, "body", "is not UTF-8 text")));
        }
    }
}
