package vn.congdoan.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import vn.congdoan.contracts.unit.Sector;

/**
 * A unit's roster from {@code effectiveFrom}: members and workers per sector, its whole state.
 * {@code version} grows with every change; keep the highest. Key = unitId, on outreach.rosters.
 */
public record RosterUpdated(String unitId, long version, LocalDate effectiveFrom, List<SectorCount> counts)
        implements OutreachEvent {
    public RosterUpdated {
        counts = List.copyOf(counts);
    }

    @Override
    public String key() {
        return unitId;
    }

    /** {@code workers} counts every worker, members included. */
    public record SectorCount(Sector sector, long members, long workers) {
    }
}
