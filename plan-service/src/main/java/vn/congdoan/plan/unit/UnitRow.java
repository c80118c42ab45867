package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.RowError;

/**
 * One unit of a bulk import as it was sent: every field a string, so that every wrong field of
 * every row can be reported. {@code row} is the CSV line (the header is line 1) or the position
 * in the JSON array (from 1). Units are identified by {@code code}; the parent by its code.
 */
record UnitRow(int row, String code, String name, String level, String sector, String parentCode,
               String openedOn, String closedOn) {

    /** The row read into typed fields; a field that cannot be read is null and reported. */
    Draft read(List<RowError> errors) {
        String normalCode = UnitRules.normalCode(code);
        UnitLevel readLevel = parse("level", level, v -> UnitLevel.valueOf(v.toUpperCase(Locale.ROOT)), errors, normalCode);
        Sector readSector = parse("sector", sector, v -> Sector.valueOf(v.toUpperCase(Locale.ROOT)), errors, normalCode);
        LocalDate opened = parse("openedOn", openedOn, LocalDate::parse, errors, normalCode);
        LocalDate closed = parse("closedOn", closedOn, LocalDate::parse, errors, normalCode);
        if (opened == null && blank(openedOn)) {
            errors.add(new RowError(row, normalCode, "openedOn", "is required (YYYY-MM-DD)"));
        }
        if (readLevel == null && blank(level)) {
            errors.add(new RowError(row, normalCode, "level", "is required: one of " + List.of(UnitLevel.values())));
        }
        UnitDetails details = new UnitDetails(normalCode, UnitRules.normalName(name), readLevel, readSector, opened, closed);
        for (FieldError error : UnitRules.details(details)) {
            errors.add(new RowError(row, normalCode, error.field(), error.message()));
        }
        return new Draft(row, details, blank(parentCode) ? null : UnitRules.normalCode(parentCode));
    }

    private <T> T parse(String field, String value, Function<String, T> reader, List<RowError> errors, String rowCode) {
        if (blank(value)) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            String expected = switch (field) {
                case "level" -> "one of " + List.of(UnitLevel.values());
                case "sector" -> "one of " + List.of(Sector.values());
                default -> "a date YYYY-MM-DD";
            };
            errors.add(new RowError(row, rowCode, field, "'" + value + "' is not " + expected));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A row read into typed fields. */
    record Draft(int row, UnitDetails details, String parentCode) {
        String code() {
            return details.code();
        }
    }
}
