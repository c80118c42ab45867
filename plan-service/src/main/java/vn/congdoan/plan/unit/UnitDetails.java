package vn.congdoan.plan.unit;

import java.time.LocalDate;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** What describes a unit apart from its place in the tree: compared to tell a changed import row. */
record UnitDetails(String code, String name, UnitLevel level, Sector sector, LocalDate openedOn, LocalDate closedOn) {
}
