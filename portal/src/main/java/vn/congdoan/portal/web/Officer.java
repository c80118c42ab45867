package vn.congdoan.portal.web;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as the pages need them: their unit (resolved from the token's
 * {@code unit_code} through plan-service's directory) and, when notification-service knows them by
 * e-mail, their officer id (their own inbox and settings).
 */
public record Officer(String name, String email, Set<String> roles, String unitId, String unitCode, String unitName,
                      String unitLevel, String officerId) implements Serializable {

    public boolean approver() {
        return roles.contains("APPROVER");
    }

    /** The federation's staff: they write plans, follow the units below theirs and keep the directory. */
    public boolean staff() {
        return roles.contains("FEDERATION_STAFF");
    }

    public boolean hasOfficerRecord() {
        return officerId != null;
    }
}
