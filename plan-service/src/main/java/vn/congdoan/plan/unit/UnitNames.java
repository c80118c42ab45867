package vn.congdoan.plan.unit;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** A unit's name for what other features write for people (a calendar feed's title), never its id. */
@Component
public class UnitNames {
    private final Units units;

    UnitNames(Units units) {
        this.units = units;
    }

    public Optional<String> nameOf(String unitId) {
        return units.find(unitId).map(Unit::name);
    }
}
