package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.List;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** Units and import rows for tests, named after the Bình Định sample. */
final class UnitFixtures {
    static final LocalDate OPENED = LocalDate.of(1989, 7, 1);

    private UnitFixtures() {
    }

    static Unit national() {
        return Unit.open("id-tld", details("TLD", "Tổng Liên đoàn Lao động Việt Nam", UnitLevel.NATIONAL, null), null,
                List.of());
    }

    static Unit under(Unit parent, String code, UnitLevel level) {
        Sector sector = level == UnitLevel.GRASSROOTS ? Sector.ENTERPRISE : null;
        return Unit.open("id-" + code.toLowerCase(), details(code, "Đơn vị " + code, level, sector), parent.id(),
                parent.lineage());
    }

    static UnitDetails details(String code, String name, UnitLevel level, Sector sector) {
        return new UnitDetails(code, name, level, sector, OPENED, null);
    }

    static UnitRow row(int line, String code, String name, String level, String sector, String parentCode,
                       String openedOn, String closedOn) {
        return new UnitRow(line, code, name, level, sector, parentCode, openedOn, closedOn);
    }

    static UnitRow grassroots(int line, String code, String parentCode) {
        return row(line, code, "Công đoàn cơ sở " + code, "GRASSROOTS", "ENTERPRISE", parentCode, "2010-01-01", null);
    }
}
