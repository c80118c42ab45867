package vn.congdoan.outreach.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.RowError;
import vn.congdoan.web.CsvTable;
import vn.congdoan.web.ImportRejectedException;

/**
 * A province's rosters from one CSV file, all or nothing: a header naming {@code unitCode} (or
 * {@code unitId}), {@code sector} (optional: PUBLIC_SECTOR, ENTERPRISE or empty for the whole unit),
 * {@code members}, {@code workers}, {@code effectiveFrom} (YYYY-MM-DD); one row per unit and sector,
 * one effective date per unit. Every problem is listed by row and column; nothing is written
 * unless all rows are right. Units are resolved in one query, rosters read in one and written in
 * one bulk write.
 */
@Component
class RosterImport {
    static final int MAX_ROWS = 20_000;
    private static final List<String> COLUMNS = List.of("unitCode", "unitId", "sector", "members", "workers",
            "effectiveFrom");

    private final UnitDirectory units;
    private final RosterChanges changes;

    RosterImport(UnitDirectory units, RosterChanges changes) {
        this.units = units;
        this.changes = changes;
    }

    record Result(int rows, int units, int updated, int unchanged, long millis) {
    }

    /** {@code inScope} refuses (throws) a unit the caller may not load rosters for. */
    Result importCsv(String text, Consumer<String> inScope) {
        long started = System.nanoTime();
        CsvTable table = CsvTable.read(text, COLUMNS, List.of("members", "workers", "effectiveFrom"));
        if (table.hasColumn("unitCode") == table.hasColumn("unitId")) {
            throw ImportRejectedException.of(1, "header", "name exactly one of the columns unitCode, unitId");
        }
        List<CsvTable.Row> rows = table.rows();
        if (rows.size() > MAX_ROWS) {
            throw ImportRejectedException.of("body", rows.size() + " rows; at most " + MAX_ROWS + " per import");
        }
        String unitColumn = table.hasColumn("unitCode") ? "unitCode" : "unitId";
        Map<String, ReplicatedUnit> known = resolve(rows, unitColumn);
        known.values().forEach(unit -> inScope.accept(unit.id()));
        Map<String, RosterChanges.Change> byUnit = changes(rows, unitColumn, known);
        RosterChanges.ImportOutcome outcome = changes.putAll(byUnit);
        return new Result(rows.size(), byUnit.size(), outcome.updated(), outcome.unchanged(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, RosterChanges.Change> changes(List<CsvTable.Row> rows, String unitColumn,
                                                      Map<String, ReplicatedUnit> known) {
        List<RowError> errors = new ArrayList<>();
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, List<SectorCount>> counts = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            Cells cells = new Cells(row, errors);
            String ref = cells.get(unitColumn);
            ReplicatedUnit unit = ref == null ? null : known.get(ref);
            if (ref == null) {
                errors.add(new RowError(row.line(), null, unitColumn, "is required"));
            } else if (unit == null) {
                errors.add(new RowError(row.line(), ref, unitColumn, "unknown unit " + ref));
            }
            Sector sector = cells.sector();
            long members = cells.count("members");
            long workers = cells.count("workers");
            LocalDate from = cells.date("effectiveFrom");
            if (members > workers && workers >= 0) {
                errors.add(new RowError(row.line(), ref, "workers", "counts every worker, members included: "
                        + workers + " is below " + members + " members"));
            }
            if (unit == null || from == null) {
                continue;
            }
            LocalDate earlier = dates.putIfAbsent(unit.id(), from);
            if (earlier != null && !earlier.equals(from)) {
                errors.add(new RowError(row.line(), ref, "effectiveFrom", "unit " + ref + " has rows effective from "
                        + earlier + " already; one date per unit in an import"));
            }
            List<SectorCount> unitCounts = counts.computeIfAbsent(unit.id(), id -> new ArrayList<>());
            if (unitCounts.stream().anyMatch(c -> c.sector() == sector)) {
                errors.add(new RowError(row.line(), ref, "sector", "unit " + ref + " has a row for "
                        + (sector == null ? "the whole unit" : sector) + " already"));
            }
            unitCounts.add(new SectorCount(sector, members, workers));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Map<String, RosterChanges.Change> byUnit = new LinkedHashMap<>();
        counts.forEach((unitId, list) -> byUnit.put(unitId, new RosterChanges.Change(dates.get(unitId), list)));
        return byUnit;
    }

    private Map<String, ReplicatedUnit> resolve(List<CsvTable.Row> rows, String unitColumn) {
        List<String> refs = rows.stream().map(r -> r.get(unitColumn)).filter(Objects::nonNull).distinct().toList();
        List<ReplicatedUnit> found = unitColumn.equals("unitCode") ? units.byCodes(refs) : units.byIds(refs);
        Function<ReplicatedUnit, String> key = unitColumn.equals("unitCode") ? ReplicatedUnit::code : ReplicatedUnit::id;
        return found.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    /** The cells of one row, read by column name; problems are added to the import's errors. */
    private record Cells(CsvTable.Row row, List<RowError> errors) {
        String get(String column) {
            return row.get(column);
        }

        private String unit() {
            String code = get("unitCode");
            return code != null ? code : get("unitId");
        }

        Sector sector() {
            String value = get("sector");
            if (value == null) {
                return null;
            }
            try {
                return Sector.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.line(), unit(), "sector", "'" + value + "' is not one of PUBLIC_SECTOR, ENTERPRISE"));
                return null;
            }
        }

        long count(String column) {
            String value = get(column);
            try {
                long count = Long.parseLong(value == null ? "" : value);
                if (count < 0) {
                    errors.add(new RowError(row.line(), unit(), column, "must not be negative"));
                }
                return count;
            } catch (NumberFormatException e) {
                errors.add(new RowError(row.line(), unit(), column, value == null ? "is required" : "'" + value + "' is not a whole number"));
                return -1;
            }
        }

        LocalDate date(String column) {
            String value = get(column);
            try {
                return LocalDate.parse(value == null ? "" : value);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row.line(), unit(), column, value == null ? "is required" : "'" + value + "' is not a date (YYYY-MM-DD)"));
                return null;
            }
        }
    }
}
