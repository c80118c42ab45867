package vn.congdoan.outreach.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.units.ReplicatedUnit;

class RollupTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private final ReplicatedUnit province = unit("p", UnitLevel.PROVINCIAL, null);
    private final ReplicatedUnit upperA = unit("a", UnitLevel.UPPER_GRASSROOTS, null);
    private final ReplicatedUnit upperB = unit("b", UnitLevel.UPPER_GRASSROOTS, null);
    private final ReplicatedUnit upperC = unit("c", UnitLevel.UPPER_GRASSROOTS, null);
    private final ReplicatedUnit school = unit("s", UnitLevel.GRASSROOTS, Sector.PUBLIC_SECTOR);
    private final ReplicatedUnit factory = unit("f", UnitLevel.GRASSROOTS, Sector.ENTERPRISE);

    @Test
    void countsUnitsThatDidEachFormAgainstUnitsInScopePerLevelAndSector() {
        Map<String, YearFacts> facts = Map.of(
                "a", facts("a", List.of(post("p-000"), post("p-000")), Attendance.NONE),
                "b", facts("b", List.of(post("p-004")), Attendance.NONE),
                "s", facts("s", List.of(meeting()), new Attendance(90, 0, 3)),
                "f", facts("f", List.of(meeting()), new Attendance(300, 40, 5)));
        Map<String, Long> rosters = Map.of("s", 100L, "f", 500L);

        Rollup.Figures all = Rollup.of(List.of(province, upperA, upperB, upperC, school, factory), facts, rosters, null);

        Rollup.Group upper = all.byLevel().get(UnitLevel.UPPER_GRASSROOTS);
        assertThat(upper.unitsInScope()).isEqualTo(3);
        assertThat(upper.unitsActive()).isEqualTo(2);
        assertThat(upper.forms()).singleElement().satisfies(f -> {
            assertThat(f.form()).isEqualTo(ActivityForm.FANPAGE_POST);
            assertThat(f.label()).isEqualTo("Tin bài trên fanpage");
            assertThat(f.units()).isEqualTo(2);
            assertThat(f.activities()).isEqualTo(3);
            assertThat(f.shareOfUnits()).isEqualTo(2.0 / 3);
        });
        Rollup.Group grassroots = all.byLevel().get(UnitLevel.GRASSROOTS);
        assertThat(grassroots.attendance()).isEqualTo(new Attendance(390, 40, 8));
        assertThat(grassroots.rosterMembers()).isEqualTo(600);
        assertThat(grassroots.attendanceToRoster()).isEqualTo(390.0 / 600);
        assertThat(all.bySector().get(Sector.PUBLIC_SECTOR).attendanceToRoster()).isEqualTo(0.9);
        assertThat(all.bySector().get(Sector.ENTERPRISE).attendanceToRoster()).isEqualTo(0.6);
        assertThat(all.total().unitsInScope()).isEqualTo(6);
        assertThat(all.total().unitsActive()).isEqualTo(4);
        assertThat(all.byLevel()).containsOnlyKeys(UnitLevel.PROVINCIAL, UnitLevel.UPPER_GRASSROOTS, UnitLevel.GRASSROOTS);
    }

    @Test
    void ratesAreSummedNumeratorsOverSummedDenominatorsNeverAveragedPercentages() {
        Map<String, YearFacts> facts = Map.of(
                "s", facts("s", List.of(meeting()), new Attendance(10, 0, 0)),
                "f", facts("f", List.of(meeting()), new Attendance(900, 0, 0)));

        Rollup.Group group = Rollup.of(List.of(school, factory), facts, Map.of("s", 10L, "f", 990L), null).total();

        // averaging 100% and 90.9% would say 95.5%; the sums say 91%
        assertThat(group.attendanceToRoster()).isEqualTo(910.0 / 1000);
    }

    @Test
    void aPlanFilterCountsOnlyTheFormsCarriedOutForThatPlan() {
        Map<String, YearFacts> facts = Map.of(
                "a", facts("a", List.of(post("p-000")), Attendance.NONE),
                "b", facts("b", List.of(post("p-004")), Attendance.NONE));

        Rollup.Group upper = Rollup.of(List.of(upperA, upperB, upperC), facts, Map.of(), "p-000").total();

        assertThat(upper.forms()).singleElement().satisfies(f -> assertThat(f.units()).isEqualTo(1));
        assertThat(upper.unitsActive()).isEqualTo(1);
        assertThat(upper.rosterMembers()).isZero();
        assertThat(upper.attendanceToRoster()).isNull();
    }

    private static Counted post(String planId) {
        return new Counted(ActivityForm.FANPAGE_POST, planId, DAY, Attendance.NONE);
    }

    private static Counted meeting() {
        return new Counted(ActivityForm.UNION_MEETING, null, DAY, Attendance.NONE);
    }

    private static YearFacts facts(String unitId, List<Counted> activities, Attendance attendance) {
        YearFacts computed = YearFacts.of(unitId, 2026, activities, null);
        return new YearFacts(computed.factsId(), unitId, 2026, 1, computed.forms(), attendance, null, null, false);
    }

    private static ReplicatedUnit unit(String id, UnitLevel level, Sector sector) {
        return new ReplicatedUnit(id, id.toUpperCase(), "Công đoàn " + id, level, sector, null, List.of(),
                LocalDate.of(2000, 1, 1), null, 1);
    }
}
