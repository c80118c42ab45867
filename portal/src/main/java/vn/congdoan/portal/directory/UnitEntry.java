package vn.congdoan.portal.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.portal.web.FormErrors;

/**
 * The form that opens a unit under another, as typed: every field a string, so that what was typed
 * comes back with the error beside it. Checked as plan-service checks it, so that most mistakes are
 * named before the request is sent.
 */
record UnitEntry(String code, String name, String level, String sector, String openedOn) {
    static final List<String> FIELDS = List.of("code", "name", "level", "sector", "openedOn", "parentId");
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    static UnitEntry empty(LocalDate today) {
        return new UnitEntry("", "", "", "", today.toString());
    }

    static UnitEntry of(Map<String, String> params) {
        return new UnitEntry(trim(params.get("code")), trim(params.get("name")), trim(params.get("level")),
                trim(params.get("sector")), trim(params.get("openedOn")));
    }

    FormErrors validate(List<String> levels) {
        FormErrors errors = new FormErrors();
        if (!code.matches(CODE)) {
            errors.add("code", code.isEmpty() ? "directory.unit.code.missing" : "directory.unit.code.invalid");
        }
        if (name.isEmpty() || name.length() > 300) {
            errors.add("name", "directory.unit.name.invalid");
        }
        if (!levels.contains(level)) {
            errors.add("level", "directory.unit.level.invalid");
        }
        if ("GRASSROOTS".equals(level) && sector.isEmpty()) {
            errors.add("sector", "directory.unit.sector.missing");
        }
        if (date(openedOn) == null) {
            errors.add("openedOn", "directory.unit.openedOn.invalid");
        }
        return errors;
    }

    Map<String, Object> request(String parentId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", name);
        request.put("level", level);
        request.put("sector", sector.isEmpty() ? null : sector);
        request.put("parentId", parentId);
        request.put("openedOn", date(openedOn));
        return request;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
