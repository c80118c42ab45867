package vn.congdoan.outreach.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.units.UnitReplica;

/**
 * Reads the service's copy of the union directory (kept by service-support's {@link UnitReplica}):
 * one unit, a whole branch (one query on {@code ancestors}), units by code.
 */
@Component
public class UnitDirectory {
    private final MongoTemplate mongo;
    private final UnitReplica replica;

    UnitDirectory(MongoTemplate mongo, UnitReplica replica) {
        this.mongo = mongo;
        this.replica = replica;
    }

    public Optional<ReplicatedUnit> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : replica.find(id);
    }

    /** The unit and every unit below it, as the directory stands now. */
    public List<ReplicatedUnit> subtree(String rootId) {
        Query below = Query.query(Criteria.where("ancestors").is(rootId));
        below.cursorBatchSize(5_000);
        List<ReplicatedUnit> units = new ArrayList<>();
        find(rootId).ifPresent(units::add);
        units.addAll(mongo.find(below, ReplicatedUnit.class));
        return units;
    }

    /** The ids of the unit's subtree (itself included). */
    public List<String> subtreeIds(String rootId) {
        return subtree(rootId).stream().map(ReplicatedUnit::id).toList();
    }

    public List<ReplicatedUnit> byCodes(Collection<String> codes) {
        return mongo.find(Query.query(Criteria.where("code").in(codes)), ReplicatedUnit.class);
    }

    public List<ReplicatedUnit> byIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ReplicatedUnit.class);
    }

    /** Whether the unit was open at some time between {@code from} and {@code to}. */
    public static boolean openDuring(ReplicatedUnit unit, LocalDate from, LocalDate to) {
        return (unit.openedOn() == null || !unit.openedOn().isAfter(to))
                && (unit.closedOn() == null || !unit.closedOn().isBefore(from));
    }
}
