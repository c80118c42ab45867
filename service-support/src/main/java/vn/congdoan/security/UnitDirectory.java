package vn.congdoan.security;

import java.util.Optional;

/** A service's view of the union directory for scope checks: its own copy, or plan-service's units. */
public interface UnitDirectory {

    Optional<UnitPlace> byId(String id);

    Optional<UnitPlace> byCode(String code);
}
