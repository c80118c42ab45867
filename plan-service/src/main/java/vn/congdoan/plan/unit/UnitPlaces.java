package vn.congdoan.plan.unit;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.congdoan.security.UnitDirectory;
import vn.congdoan.security.UnitPlace;

/** plan-service keeps the directory itself: scope checks read its own units. */
@Component
class UnitPlaces implements UnitDirectory {
    private final Units units;

    UnitPlaces(Units units) {
        this.units = units;
    }

    @Override
    public Optional<UnitPlace> byId(String id) {
        return units.find(id).map(UnitPlaces::place);
    }

    @Override
    public Optional<UnitPlace> byCode(String code) {
        return units.findByCode(code).map(UnitPlaces::place);
    }

    private static UnitPlace place(Unit unit) {
        return new UnitPlace(unit.id(), unit.code(), unit.parentId(), unit.ancestors());
    }
}
