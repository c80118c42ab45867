package vn.congdoan.notification.officer;

import org.springframework.stereotype.Component;

import vn.congdoan.security.Caller;
import vn.congdoan.security.OutOfScopeException;
import vn.congdoan.security.Role;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

/**
 * Which officers the caller may see, manage or act as. A signed-in person is an officer of this
 * directory when the token's {@code email} is the officer's. An officer's e-mail, phone and
 * webhook are personal data: only the officer and the staff of a unit above theirs see them.
 */
@Component
public class OfficerScope {
    private final Officers officers;
    private final UnitScope scope;

    OfficerScope(Officers officers, UnitScope scope) {
        this.officers = officers;
        this.scope = scope;
    }

    /** An officer of the caller's unit or one below it; any other does not exist for the caller (404). */
    public Officer visible(String id) {
        Officer officer = officers.findById(id).orElseThrow(() -> new NotFoundException("officer", id));
        if (!isSelf(officer)) {
            scope.requireVisible(officer.unitId(), "officer", id);
        }
        return officer;
    }

    /** The caller themself (403 for another officer they see). */
    public Officer self(String id) {
        Officer officer = visible(id);
        if (!isSelf(officer)) {
            throw new OutOfScopeException("Chỉ chính cán bộ này / only the officer " + id + " themself");
        }
        return officer;
    }

    /** An officer the caller manages: themself, or the caller is staff of their unit or a unit above (403 otherwise). */
    public Officer managed(String id) {
        Officer officer = visible(id);
        if (!isSelf(officer)) {
            requireStaffOver(officer.unitId());
        }
        return officer;
    }

    /** Staff manage the officers of their unit and of the units below it. */
    public void requireStaffOver(String unitId) {
        if (!scope.caller().has(Role.FEDERATION_STAFF)) {
            throw new OutOfScopeException("Chỉ cán bộ công đoàn cấp trên / only federation staff manage officers");
        }
        scope.requireWithin(unitId);
    }

    /** Whether the officer with {@code id} is the caller. */
    public boolean isSelf(String id) {
        return officers.findById(id).map(this::isSelf).orElse(false);
    }

    public boolean isSelf(Officer officer) {
        String email = scope.caller().email();
        return email != null && email.equalsIgnoreCase(officer.email());
    }

    /** The officer as the caller may see them: personal data only for themself and staff of a unit above. */
    public Officer shown(Officer officer) {
        return seesPersonalData(officer) ? officer : officer.withoutPersonalData();
    }

    /** An officer whose personal data the caller may read (403 for one they only see). */
    public Officer withPersonalData(String id) {
        Officer officer = visible(id);
        if (!seesPersonalData(officer)) {
            throw new OutOfScopeException("Dữ liệu cá nhân / personal data of officer " + id
                    + ": only the officer and the staff of a unit above theirs");
        }
        return officer;
    }

    private boolean seesPersonalData(Officer officer) {
        Caller caller = scope.caller();
        boolean staffAbove = caller.has(Role.FEDERATION_STAFF) && caller.unit() != null
                && !caller.unit().id().equals(officer.unitId()) && scope.sees(officer.unitId());
        return isSelf(officer) || staffAbove;
    }
}
