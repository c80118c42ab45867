package vn.congdoan.outreach.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;
import vn.congdoan.contracts.unit.Sector;

class RosterTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void keepsEveryDatedCountAndAnswersTheOneInForceOnADay() {
        Roster roster = Roster.empty("u")
                .with(LocalDate.of(2025, 1, 1), List.of(new SectorCount(Sector.ENTERPRISE, 300, 400)), AT).orElseThrow()
                .with(LocalDate.of(2026, 1, 1), List.of(new SectorCount(Sector.ENTERPRISE, 320, 410),
                        new SectorCount(Sector.PUBLIC_SECTOR, 20, 20)), AT).orElseThrow();

        assertThat(roster.version()).isEqualTo(2);
        assertThat(roster.entries()).hasSize(2);
        assertThat(roster.membersAsOf(LocalDate.of(2024, 12, 31))).isNull();
        assertThat(roster.membersAsOf(LocalDate.of(2025, 6, 1))).isEqualTo(300);
        assertThat(roster.membersAsOf(LocalDate.of(2026, 6, 1))).isEqualTo(340);
        assertThat(roster.asOf(LocalDate.of(2026, 6, 1)).orElseThrow().workers()).isEqualTo(430);
        assertThat(roster.event().effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(roster.event().counts()).extracting(SectorCount::sector).containsExactly(Sector.PUBLIC_SECTOR, Sector.ENTERPRISE);
    }

    @Test
    void givingADateAgainReplacesItsCountsAndTheSameCountsChangeNothing() {
        Roster roster = Roster.empty("u")
                .with(LocalDate.of(2025, 1, 1), List.of(new SectorCount(null, 50, 60)), AT).orElseThrow();

        assertThat(roster.with(LocalDate.of(2025, 1, 1), List.of(new SectorCount(null, 50, 60)), AT)).isEmpty();
        Roster corrected = roster.with(LocalDate.of(2025, 1, 1), List.of(new SectorCount(null, 55, 60)), AT).orElseThrow();
        assertThat(corrected.entries()).singleElement().satisfies(e -> assertThat(e.members()).isEqualTo(55));
        assertThat(corrected.event().version()).isEqualTo(2);
    }

    @Test
    void refusesMembersAboveWorkersNegativeCountsAndASectorTwiceNamingEachField() {
        assertThat(RosterChanges.check(null, List.of(new SectorCount(Sector.ENTERPRISE, 10, 5),
                        new SectorCount(Sector.ENTERPRISE, -1, 3))))
                .extracting(vn.congdoan.web.FieldError::field)
                .containsExactly("effectiveFrom", "counts[0].workers", "counts[1].members", "counts[1].sector");
    }
}
