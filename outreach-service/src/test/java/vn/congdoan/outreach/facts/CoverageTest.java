package vn.congdoan.outreach.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.outreach.Activity.Attendance;
import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.units.ReplicatedUnit;

class CoverageTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

    private final ReplicatedUnit hoaiNhon = unit("hn", "CD-HOAI-NHON", "Liên đoàn Lao động thị xã Hoài Nhơn");
    private final ReplicatedUnit anNhon = unit("an", "CD-AN-NHON", "Liên đoàn Lao động thị xã An Nhơn");
    private final ReplicatedUnit tuyPhuoc = unit("tp", "CD-TUY-PHUOC", "Liên đoàn Lao động huyện Tuy Phước");

    @Test
    void aUnitHasDoneTheFormOnlyForThisPlanWithHowOftenAndFromWhen() {
        Map<String, YearFacts> facts = Map.of(
                "hn", facts("hn", post("p-000", JUNE), post("p-000", MARCH)),
                "an", facts("an", post("p-004", MARCH)),
                "tp", facts("tp", new Counted(ActivityForm.UNION_MEETING, "p-000", MARCH, Attendance.NONE)));

        Coverage coverage = Coverage.of(List.of(tuyPhuoc, hoaiNhon, anNhon), facts, ActivityForm.FANPAGE_POST, "p-000");

        assertThat(coverage.done()).containsExactly(new Coverage.UnitDone("hn", "CD-HOAI-NHON",
                "Liên đoàn Lao động thị xã Hoài Nhơn", 2, MARCH));
        assertThat(coverage.notDone()).extracting(Coverage.UnitRef::code).containsExactly("CD-AN-NHON", "CD-TUY-PHUOC");
        assertThat(coverage.unitsInScope()).isEqualTo(3);
        assertThat(coverage.shareDone()).isEqualTo(1.0 / 3);
    }

    @Test
    void aUnitWithoutFactsHasNotDoneItAndAnEmptyScopeHasAShareOfZero() {
        Coverage coverage = Coverage.of(List.of(anNhon), Map.of(), ActivityForm.FANPAGE_POST, "p-000");
        assertThat(coverage.done()).isEmpty();
        assertThat(coverage.notDone()).extracting(Coverage.UnitRef::unitId).containsExactly("an");

        Coverage none = Coverage.of(List.of(), Map.of(), ActivityForm.FANPAGE_POST, "p-000");
        assertThat(none.unitsInScope()).isZero();
        assertThat(none.shareDone()).isZero();
    }

    private static Counted post(String planId, LocalDate on) {
        return new Counted(ActivityForm.FANPAGE_POST, planId, on, Attendance.NONE);
    }

    private static YearFacts facts(String unitId, Counted... activities) {
        return YearFacts.of(unitId, 2026, List.of(activities), null);
    }

    private static ReplicatedUnit unit(String id, String code, String name) {
        return new ReplicatedUnit(id, code, name, UnitLevel.UPPER_GRASSROOTS, null, "binh-dinh", List.of("binh-dinh"),
                LocalDate.of(2000, 1, 1), null, 1);
    }
}
