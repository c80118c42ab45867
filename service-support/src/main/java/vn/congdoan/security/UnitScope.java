package vn.congdoan.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.congdoan.web.NotFoundException;

/**
 * The one unit-scope check every controller uses. The caller's unit is resolved once per request
 * from the token's {@code unit_code} through this service's directory; a target unit is then in
 * scope when the caller's unit is the target or one of its ancestors (DHIS2's "organisation unit
 * and its subtree").
 * <ul>
 *   <li>{@link #requireWithin}: reading a unit's data (403 outside);</li>
 *   <li>{@link #requireOwn}: changing a unit's own data (403 unless it is the caller's unit);</li>
 *   <li>{@link #requireParentOf}: deciding on a direct child's report (403 otherwise);</li>
 *   <li>{@link #requireBelow}: managing the units and officers below the caller's unit;</li>
 *   <li>{@link #requireVisible}: a resource read by its own id: outside the subtree it answers 404,
 *       so that its existence does not leak.</li>
 * </ul>
 */
public class UnitScope {
    public static final String UNIT_CODE_CLAIM = "unit_code";
    public static final String ROLES_CLAIM = "roles";
    private static final String CALLER_ATTRIBUTE = UnitScope.class.getName() + ".caller";

    private final UnitDirectory directory;

    public UnitScope(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in caller of this request. */
    public Caller caller() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CALLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Caller cached) {
            return cached;
        }
        Caller caller = resolve(SecurityContextHolder.getContext().getAuthentication());
        if (request != null) {
            request.setAttribute(CALLER_ATTRIBUTE, caller, RequestAttributes.SCOPE_REQUEST);
        }
        return caller;
    }

    public UnitPlace requireWithin(String unitId) {
        UnitPlace target = target(unitId);
        if (!callerUnit().contains(target)) {
            throw outside(unitId);
        }
        return target;
    }

    public UnitPlace requireOwn(String unitId) {
        UnitPlace target = target(unitId);
        if (!callerUnit().id().equals(target.id())) {
            throw new OutOfScopeException("Chỉ đơn vị của bạn được thay đổi dữ liệu này / only unit "
                    + callerUnit().id() + " may change its own data, not " + unitId);
        }
        return target;
    }

    public UnitPlace requireParentOf(String unitId) {
        UnitPlace target = target(unitId);
        if (!callerUnit().isParentOf(target)) {
            throw new OutOfScopeException("Chỉ công đoàn cấp trên trực tiếp được quyết định / only the parent unit of "
                    + unitId + " decides on it");
        }
        return target;
    }

    public UnitPlace requireBelow(String unitId) {
        UnitPlace target = target(unitId);
        if (!callerUnit().isAbove(target)) {
            throw outside(unitId);
        }
        return target;
    }

    /** For a resource of {@code unitId} read or changed by its own id: 404 unless the unit is within scope. */
    public void requireVisible(String unitId, String what, String id) {
        if (!sees(unitId)) {
            throw new NotFoundException(what, id);
        }
    }

    /**
     * For a resource of {@code unitId} that reaches the units below it (a plan issued above the
     * caller's unit): 404 unless the unit is the caller's, below it or above it.
     */
    public void requireInLine(String unitId, String what, String id) {
        if (!inLine(unitId)) {
            throw new NotFoundException(what, id);
        }
    }

    /** Whether the unit is the caller's, below it or above it. */
    public boolean inLine(String unitId) {
        return sees(unitId) || callerUnit().ancestors().contains(unitId);
    }

    /** Whether the directory has the unit at all. */
    public boolean knows(String unitId) {
        return unitId != null && directory.byId(unitId).isPresent();
    }

    /** Whether the unit is the caller's or below it. */
    public boolean sees(String unitId) {
        UnitPlace unit = callerUnit();
        return unitId != null && (unit.id().equals(unitId)
                || directory.byId(unitId).map(unit::contains).orElse(false));
    }

    /** The caller's unit (403 when the directory does not know it). */
    public UnitPlace callerUnit() {
        Caller caller = caller();
        if (caller.unit() == null) {
            throw new OutOfScopeException("Đơn vị " + caller.unitCode() + " của bạn không có trong danh mục / your unit "
                    + caller.unitCode() + " is not in the directory");
        }
        return caller.unit();
    }

    private UnitPlace target(String unitId) {
        if (unitId == null) {
            throw outside("(none)");
        }
        return directory.byId(unitId).orElseThrow(() -> outside(unitId));
    }

    private static OutOfScopeException outside(String unitId) {
        return new OutOfScopeException("Đơn vị ngoài phạm vi của bạn / unit " + unitId + " is outside your unit's subtree");
    }

    private Caller resolve(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("no signed-in caller: the endpoint is not behind the resource server");
        }
        String unitCode = jwt.getClaimAsString(UNIT_CODE_CLAIM);
        UnitPlace unit = unitCode == null ? null : directory.byCode(unitCode).orElse(null);
        String name = firstOf(jwt.getClaimAsString("name"), jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        return new Caller(jwt.getSubject(), name, jwt.getClaimAsString("email"), roles(jwt), unitCode, unit);
    }

    static Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> List.of(Role.values()).stream()
                    .filter(role -> role.name().equals(String.valueOf(value))).forEach(roles::add));
        }
        return roles;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
