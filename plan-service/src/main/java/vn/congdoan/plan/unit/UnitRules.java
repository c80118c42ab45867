package vn.congdoan.plan.unit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.FieldError;

/**
 * The rules of the directory that the REST commands and the bulk import share. Pure functions:
 * each returns the problems it finds (field + message), never throws, so that an import can
 * list every problem of every row.
 */
final class UnitRules {
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";
    static final int NAME_MAX = 300;
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private UnitRules() {
    }

    /** Codes compare case-insensitively: stored trimmed and in upper case. */
    static String normalCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Names are stored trimmed and in Unicode NFC, so that "Định" typed two ways is one name. */
    static String normalName(String name) {
        return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    static List<FieldError> details(UnitDetails unit) {
        List<FieldError> errors = new ArrayList<>();
        if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
            errors.add(new FieldError("code", "must be 1 to 50 letters, digits, '.', '_' or '-', e.g. CDCS-0001"));
        }
        if (unit.name() == null || unit.name().isBlank() || unit.name().length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be 1 to " + NAME_MAX + " characters"));
        }
        errors.addAll(sector(unit.level(), unit.sector()));
        errors.addAll(dates(unit.openedOn(), unit.closedOn()));
        return errors;
    }

    static List<FieldError> sector(UnitLevel level, Sector sector) {
        if (level == UnitLevel.GRASSROOTS && sector == null) {
            return List.of(new FieldError("sector", "is required for a GRASSROOTS unit (PUBLIC_SECTOR or ENTERPRISE)"));
        }
        return List.of();
    }

    static List<FieldError> dates(LocalDate openedOn, LocalDate closedOn) {
        if (openedOn != null && closedOn != null && closedOn.isBefore(openedOn)) {
            return List.of(new FieldError("closedOn", "must not be before openedOn " + openedOn));
        }
        return List.of();
    }

    /**
     * Whether a unit of {@code level} may sit under {@code parent} (null: no parent);
     * {@code field} names the parent in the caller's terms (parentId, parentCode).
     */
    static List<FieldError> placement(UnitLevel level, String parentCode, UnitLevel parentLevel, String field) {
        if (level == null) {
            return List.of();
        }
        if (level == UnitLevel.NATIONAL) {
            return parentCode == null ? List.of() : List.of(new FieldError(field, "a NATIONAL unit has no parent"));
        }
        if (parentCode == null) {
            return List.of(new FieldError(field, "is required for a " + level + " unit"));
        }
        if (parentLevel != null && !parentLevel.mayParent(level)) {
            return List.of(new FieldError(field, "a " + level + " unit cannot be under " + parentCode
                    + " (" + parentLevel + "): the parent's level must be higher"));
        }
        return List.of();
    }

    /** An open child (open on {@code childClosedOn}, null: open) under a parent closed before that. */
    static List<FieldError> openParent(String parentCode, LocalDate parentClosedOn, LocalDate childClosedOn,
                                       String field) {
        if (parentClosedOn != null && (childClosedOn == null || childClosedOn.isAfter(parentClosedOn))) {
            return List.of(new FieldError(field, parentCode + " is closed since " + parentClosedOn));
        }
        return List.of();
    }

    /** Moving {@code unit} under {@code newParent} would make it its own ancestor. */
    static boolean makesCycle(Unit unit, Unit newParent) {
        return newParent.id().equals(unit.id()) || newParent.ancestors().contains(unit.id());
    }
}
