package vn.congdoan.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.units.UnitReplica;

/**
 * The people notification-service's tests act as, signed in through the test JVM's identity
 * provider, and the units they belong to in the service's copy of the directory (a unit's code is
 * its id here).
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** Puts a branch into the directory copy: {@code ids} from the top down, each under the one before. */
    public static void branch(UnitReplica replica, String... ids) {
        List<String> ancestors = new ArrayList<>();
        for (String id : ids) {
            replica.apply(new UnitChanged(id, id, "Đơn vị " + id, UnitLevel.UPPER_GRASSROOTS, null,
                    ancestors.isEmpty() ? null : ancestors.getLast(), List.copyOf(ancestors), LocalDate.of(1990, 1, 1),
                    null, LocalDate.of(1990, 1, 1), 1));
            ancestors.add(id);
        }
    }

    /** The officer themself: signed in with the officer's e-mail. */
    public static RestTestClient as(RestTestClient http, Officer officer) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenAs(officer.email(), officer.unitId(),
                Role.UNIT_OFFICER));
    }

    /** Staff of the unit: manage the officers of their unit and below. */
    public static RestTestClient staffOf(RestTestClient http, String unitId) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(unitId, Role.FEDERATION_STAFF,
                Role.UNIT_OFFICER));
    }

    /** An officer of the unit (not one this service has in its officer directory). */
    public static RestTestClient officerOf(RestTestClient http, String unitId) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(unitId, Role.UNIT_OFFICER));
    }

    public static RestTestClient operator(RestTestClient http) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor("VANHANH", Role.OPERATOR));
    }
}
