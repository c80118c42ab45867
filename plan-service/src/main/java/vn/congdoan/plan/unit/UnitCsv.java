package vn.congdoan.plan.unit;

import java.util.List;

import vn.congdoan.web.CsvTable;

/**
 * Reads the CSV of a bulk import (RFC 4180): a header row naming the columns
 * {@code code,name,level,sector,parentCode,openedOn,closedOn} in any order (sector and closedOn
 * may be left out), commas, double quotes around fields that hold commas, quotes or line breaks,
 * LF or CRLF line ends, UTF-8 with or without a byte order mark. Blank lines are skipped.
 */
final class UnitCsv {
    static final List<String> COLUMNS = List.of("code", "name", "level", "sector", "parentCode", "openedOn", "closedOn");
    private static final List<String> REQUIRED = List.of("code", "name", "level", "parentCode", "openedOn");

    private UnitCsv() {
    }

    /** The rows, numbered by the line they start on; a malformed header or quote is rejected. */
    static List<UnitRow> parse(String text) {
        return CsvTable.read(text, COLUMNS, REQUIRED).rows().stream()
                .map(row -> new UnitRow(row.line(), row.raw("code"), row.raw("name"), row.raw("level"),
                        row.raw("sector"), row.raw("parentCode"), row.raw("openedOn"), row.raw("closedOn")))
                .toList();
    }
}
