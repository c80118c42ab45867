package vn.congdoan.portal.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.portal.web.FormErrors;

/** The form that adds an officer to a unit, as typed; checked as notification-service checks it. */
record OfficerEntry(String name, String role, String phone, String email) {
    static final List<String> ROLES = List.of("CHAIR", "VICE_CHAIR", "STAFF", "DEPARTMENT");
    static final List<String> FIELDS = List.of("name", "role", "phone", "email");
    private static final String PHONE = "\\+?[0-9][0-9 .-]{7,18}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    static OfficerEntry empty() {
        return new OfficerEntry("", "", "", "");
    }

    static OfficerEntry of(Map<String, String> params) {
        return new OfficerEntry(trim(params.get("name")), trim(params.get("role")), trim(params.get("phone")),
                trim(params.get("email")));
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (name.isEmpty() || name.length() > 200) {
            errors.add("name", "directory.officer.name.invalid");
        }
        if (!ROLES.contains(role)) {
            errors.add("role", "directory.officer.role.invalid");
        }
        if (!phone.matches(PHONE)) {
            errors.add("phone", "directory.officer.phone.invalid");
        }
        if (!email.matches(EMAIL) || email.length() > 254) {
            errors.add("email", "directory.officer.email.invalid");
        }
        return errors;
    }

    Map<String, Object> request(String unitId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("unitId", unitId);
        request.put("role", role);
        request.put("phone", phone);
        request.put("email", email);
        request.put("language", "vi");
        return request;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
