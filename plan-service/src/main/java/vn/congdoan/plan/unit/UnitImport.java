package vn.congdoan.plan.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.congdoan.web.ConflictException;
import vn.congdoan.web.RowError;
import vn.congdoan.web.ImportRejectedException;

/**
 * A province's units in one call: every row is checked against the file and the directory
 * first ({@link ImportPlanner}); one problem anywhere refuses the whole file with every problem
 * listed and nothing written. A valid file is upserted by code: new codes are created, changed
 * rows get a new version, identical rows are left alone, so importing a file twice is harmless.
 * <p>
 * Without transactions a crash in the middle of the writes can leave part of a valid file
 * written; every written unit still publishes (its pending mark), and importing the same file
 * again completes it.
 */
@Component
class UnitImport {
    static final int MAX_ROWS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(UnitImport.class);

    private final Units units;
    private final UnitEvents events;
    private final UnitBranches branches;
    private final Clock clock;

    UnitImport(Units units, UnitEvents events, UnitBranches branches, Clock clock) {
        this.units = units;
        this.events = events;
        this.branches = branches;
        this.clock = clock;
    }

    ImportResult importRows(List<UnitRow> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ImportRejectedException(List.of(new RowError(0, null, "body",
                    "must hold 1 to " + MAX_ROWS + " units, not " + rows.size())));
        }
        long started = System.nanoTime();
        ImportPlan plan = new ImportPlanner(reachable(rows), LocalDate.now(clock), () -> UUID.randomUUID().toString())
                .plan(rows);
        if (!plan.errors().isEmpty()) {
            throw new ImportRejectedException(plan.errors());
        }
        write(plan);
        ImportResult result = new ImportResult(rows.size(), plan.created().size(), plan.updated().size(), plan.unchanged());
        log.info("imported {} units in {} ms: {} created, {} updated, {} unchanged, {} moved", result.rows(),
                (System.nanoTime() - started) / 1_000_000, result.created(), result.updated(), result.unchanged(),
                plan.moved().size());
        return result;
    }

    /** Writes the plan, publishes what was written, and lets the moved branches follow (deepest first). */
    private void write(ImportPlan plan) {
        units.insertAll(plan.created());
        List<Unit> written = new ArrayList<>(plan.created());
        List<String> conflicts = new ArrayList<>();
        for (ImportPlan.Revision revision : plan.updated()) {
            if (units.replace(revision.unit(), revision.readVersion())) {
                written.add(revision.unit());
            } else {
                conflicts.add(revision.unit().code());
            }
        }
        events.publish(written);
        plan.moved().stream().filter(written::contains).forEach(branches::follow);
        if (!conflicts.isEmpty()) {
            throw new ConflictException("code", "changed meanwhile, import again: " + String.join(", ", conflicts));
        }
    }

    /** The existing units an import can reach: by code or parent code, their ancestors, children of units it closes. */
    private Collection<Unit> reachable(List<UnitRow> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> Stream.of(r.code(), r.parentCode()).map(UnitRules::normalCode)
                .filter(c -> c != null && !c.isBlank()).forEach(codes::add));
        Map<String, Unit> byId = new HashMap<>();
        units.findByCodes(codes).forEach(u -> byId.put(u.id(), u));
        Set<String> ancestors = new HashSet<>();
        byId.values().forEach(u -> ancestors.addAll(u.ancestors()));
        ancestors.removeAll(byId.keySet());
        if (!ancestors.isEmpty()) {
            units.findByIds(ancestors).forEach(u -> byId.put(u.id(), u));
        }
        Set<String> closing = new HashSet<>();
        rows.stream().filter(r -> r.closedOn() != null && !r.closedOn().isBlank()).map(r -> UnitRules.normalCode(r.code()))
                .forEach(closing::add);
        List<String> closingIds = byId.values().stream().filter(u -> closing.contains(u.code())).map(Unit::id).toList();
        if (!closingIds.isEmpty()) {
            units.childrenOf(closingIds).forEach(u -> byId.putIfAbsent(u.id(), u));
        }
        return byId.values();
    }

    /** What an accepted import did. */
    record ImportResult(int rows, int created, int updated, int unchanged) {
    }
}
