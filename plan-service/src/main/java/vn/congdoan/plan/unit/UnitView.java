package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.List;


import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** A unit as the REST API shows it: the same fields as its UnitChanged event. */
record UnitView(String id, String code, String name, UnitLevel level, Sector sector, String parentId,
                List<String> ancestors, LocalDate openedOn, LocalDate closedOn, LocalDate parentSince, long version) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.code(), unit.name(), unit.level(), unit.sector(), unit.parentId(),
                unit.ancestors(), unit.openedOn(), unit.closedOn(), unit.parentSince(), unit.version());
    }
}
