package vn.congdoan.outreach.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.congdoan.contracts.outreach.RosterUpdated.SectorCount;
import vn.congdoan.outreach.unit.UnitDirectory;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;
import vn.congdoan.web.Uploads;

/** Rosters over REST: one unit's counts from a date, its roster as of a day with its history, bulk CSV imports. */
@RestController
class RosterController {
    private final RosterChanges changes;
    private final Rosters rosters;
    private final RosterImport imports;
    private final UnitDirectory units;
    private final Clock clock;
    private final UnitScope unitScope;

    RosterController(RosterChanges changes, Rosters rosters, RosterImport imports, UnitDirectory units, Clock clock,
                     UnitScope unitScope) {
        this.changes = changes;
        this.rosters = rosters;
        this.imports = imports;
        this.units = units;
        this.clock = clock;
        this.unitScope = unitScope;
    }

    /** Members and workers per sector (sector null: the whole unit) from {@code effectiveFrom}. */
    record PutRoster(LocalDate effectiveFrom, List<SectorCount> counts) {
    }

    record RosterView(String unitId, long version, LocalDate asOf, Roster.Entry inForce, Long members, Long workers,
                      List<Roster.Entry> history) {
    }

    @Operation(summary = "A unit's counts from a date", description = "Every earlier or later date is kept; "
            + "giving a date again replaces that date's counts. Publishes RosterUpdated when something changed.")
    @PutMapping("/api/units/{unitId}/roster")
    RosterView put(@PathVariable String unitId, @RequestBody PutRoster request) {
        if (unitScope.knows(unitId)) {
            unitScope.requireOwn(unitId); // the unit's own officer; an unknown unit is the request's error
        }
        Roster roster = changes.put(unitId, request.effectiveFrom(), request.counts());
        return view(roster, request.effectiveFrom());
    }

    @Operation(summary = "A unit's roster in force on a day (default today), with every dated count")
    @GetMapping("/api/units/{unitId}/roster")
    RosterView get(@PathVariable String unitId, @RequestParam(required = false) LocalDate asOf) {
        if (units.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        unitScope.requireWithin(unitId);
        return view(rosters.get(unitId), asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Operation(summary = "Import a province's rosters from CSV (unitCode or unitId, sector, members, workers, "
            + "effectiveFrom), all or nothing")
    @PostMapping(path = "/api/roster-imports", consumes = {"text/csv", "text/plain"})
    RosterImport.Result importCsv(@RequestBody byte[] body) {
        return imports.importCsv(Uploads.utf8(body), unitScope::requireWithin);
    }

    private static RosterView view(Roster roster, LocalDate asOf) {
        Roster.Entry entry = roster.asOf(asOf).orElse(null);
        return new RosterView(roster.unitId(), roster.version(), asOf, entry, entry == null ? null : entry.members(),
                entry == null ? null : entry.workers(), roster.entries());
    }

}
