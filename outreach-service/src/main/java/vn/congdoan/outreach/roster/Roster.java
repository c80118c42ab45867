package vn.congdoan.outreach.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.outreach.RosterUpdated;
import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;

/**
 * One unit's roster: its members and workers per sector, by the day each count took effect. Every
 * count ever given is kept (history by effective date); giving the same day again replaces that
 * day's count. {@code version} grows with every change; {@code pending} is true from the write until
 * its RosterUpdated is staged and the unit's facts refreshed.
 */
@Document("rosters")
@CompoundIndex(name = "unpublished", def = "{'pending': 1, 'changedAt': 1}")
public record Roster(@Id String unitId, long version, List<Entry> entries, boolean pending, Instant changedAt) {
    private static final Comparator<SectorCount> BY_SECTOR = Comparator.comparing(
            (SectorCount c) -> c.sector() == null ? -1 : c.sector().ordinal());

    public Roster {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The counts from {@code effectiveFrom}, written at {@code version}. */
    public record Entry(LocalDate effectiveFrom, List<SectorCount> counts, long version, Instant recordedAt) {
        public long members() {
            return counts.stream().mapToLong(SectorCount::members).sum();
        }

        public long workers() {
            return counts.stream().mapToLong(SectorCount::workers).sum();
        }
    }

    public static Roster empty(String unitId) {
        return new Roster(unitId, 0, List.of(), false, null);
    }

    /** The counts in force on {@code day}. */
    public Optional<Entry> asOf(LocalDate day) {
        return entries.stream().filter(e -> !e.effectiveFrom().isAfter(day)).max(Comparator.comparing(Entry::effectiveFrom));
    }

    public Long membersAsOf(LocalDate day) {
        return asOf(day).map(Entry::members).orElse(null);
    }

    /** This roster with {@code counts} from {@code effectiveFrom}; empty when that is what it holds already. */
    public Optional<Roster> with(LocalDate effectiveFrom, List<SectorCount> counts, Instant at) {
        List<SectorCount> sorted = counts.stream().sorted(BY_SECTOR).toList();
        Optional<Entry> same = entries.stream().filter(e -> e.effectiveFrom().equals(effectiveFrom)).findFirst();
        if (same.isPresent() && same.get().counts().equals(sorted)) {
            return Optional.empty();
        }
        List<Entry> next = new ArrayList<>(entries.stream().filter(e -> !e.effectiveFrom().equals(effectiveFrom)).toList());
        next.add(new Entry(effectiveFrom, sorted, version + 1, at));
        next.sort(Comparator.comparing(Entry::effectiveFrom));
        return Optional.of(new Roster(unitId, version + 1, next, true, at));
    }

    /** The event of the latest change: the entry it wrote. */
    public RosterUpdated event() {
        Entry written = entries.stream().filter(e -> e.version() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("roster " + unitId + " has no entry of version " + version));
        return new RosterUpdated(unitId, version, written.effectiveFrom(), written.counts());
    }

    /** The earliest day whose counts the latest change altered. */
    public LocalDate changedFrom() {
        return event().effectiveFrom();
    }

    public static String eventId(String unitId, long version) {
        return "roster:" + unitId + ":" + version;
    }
}
