package vn.congdoan.outreach.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * Changes rosters, one unit at a time or a province's in one bulk write, and publishes each change
 * (RosterUpdated, id {@code roster:<unit>:<version>}) with the facts it alters. Giving a count that
 * is already held changes nothing and publishes nothing.
 */
@Component
public class RosterChanges {
    private static final int ATTEMPTS = 5;
    private final Rosters rosters;
    private final UnitDirectory units;
    private final Outbox outbox;
    private final RosterListener listener;
    private final Clock clock;

    RosterChanges(Rosters rosters, UnitDirectory units, Outbox outbox, RosterListener listener, Clock clock) {
        this.rosters = rosters;
        this.units = units;
        this.outbox = outbox;
        this.listener = listener;
        this.clock = clock;
    }

    Roster put(String unitId, LocalDate effectiveFrom, List<SectorCount> counts) {
        if (units.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        List<FieldError> errors = check(effectiveFrom, counts);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Roster current = rosters.get(unitId);
            Optional<Roster> next = current.with(effectiveFrom, counts, now());
            if (next.isEmpty()) {
                return current;
            }
            if (rosters.replace(next.get())) {
                publish(List.of(next.get()));
                return next.get();
            }
        }
        throw new ConflictException("unitId", "the roster of " + unitId + " keeps changing; try again");
    }

    /**
     * Writes every unit's new counts in one bulk write, stages their events in one bulk insert and
     * refreshes the facts they alter. Returns the rosters written and the number left unchanged.
     */
    ImportOutcome putAll(Map<String, Change> changes) {
        Map<String, Roster> current = rosters.getAll(changes.keySet());
        Instant at = now();
        List<Roster> next = new ArrayList<>();
        changes.forEach((unitId, change) -> current.getOrDefault(unitId, Roster.empty(unitId))
                .with(change.effectiveFrom(), change.counts(), at).ifPresent(next::add));
        int written = rosters.replaceAll(next);
        if (written != next.size()) {
            Map<String, Roster> stored = rosters.getAll(next.stream().map(Roster::unitId).toList());
            List<String> lost = next.stream().filter(r -> stored.get(r.unitId()) == null
                    || stored.get(r.unitId()).version() != r.version()).map(Roster::unitId).toList();
            publish(next.stream().filter(r -> !lost.contains(r.unitId())).toList());
            throw new ConflictException("unit", "the rosters of " + lost + " changed during the import; import again"
                    + " (what was written is kept, a repeat changes nothing)");
        }
        publish(next);
        return new ImportOutcome(next.size(), changes.size() - next.size());
    }

    record Change(LocalDate effectiveFrom, List<SectorCount> counts) {
    }

    record ImportOutcome(int updated, int unchanged) {
    }

    /** Finishes changes a crash left unpublished. */
    public void finishPending(Instant before) {
        publish(rosters.pendingSince(before));
    }

    private void publish(List<Roster> written) {
        outbox.stageAll(written.stream().map(r -> CloudEvent.of(Roster.eventId(r.unitId(), r.version()), r.unitId(),
                r.changedAt(), r.event())).toList());
        Map<String, Roster> byUnit = new LinkedHashMap<>();
        written.forEach(r -> byUnit.put(r.unitId(), r));
        listener.rostersChanged(byUnit);
        rosters.publishedAll(written);
    }

    /** Errors of one roster's counts, named as in the REST request ({@code counts[i].members}). */
    static List<FieldError> check(LocalDate effectiveFrom, List<SectorCount> counts) {
        List<FieldError> errors = new ArrayList<>();
        if (effectiveFrom == null) {
            errors.add(new FieldError("effectiveFrom", "is required"));
        }
        if (counts == null || counts.isEmpty()) {
            errors.add(new FieldError("counts", "needs at least one count"));
            return errors;
        }
        Set<Object> sectors = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            SectorCount count = counts.get(i);
            String at = "counts[" + i + "].";
            if (count == null) {
                errors.add(new FieldError("counts[" + i + "]", "is empty"));
                continue;
            }
            if (count.members() < 0) {
                errors.add(new FieldError(at + "members", "must not be negative"));
            }
            if (count.workers() < 0) {
                errors.add(new FieldError(at + "workers", "must not be negative"));
            }
            if (count.members() > count.workers()) {
                errors.add(new FieldError(at + "workers", "counts every worker, members included: "
                        + count.workers() + " is below " + count.members() + " members"));
            }
            if (!sectors.add(count.sector() == null ? "none" : count.sector())) {
                errors.add(new FieldError(at + "sector", "is given twice"));
            }
        }
        return errors;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
