package vn.congdoan.notification.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.units.UnitReplica;

/**
 * Names and levels of units from this service's copy of the union directory (plan.units), so that
 * messages say "CĐCS Công ty May Việt Tiến" rather than an id. A unit the copy does not know yet
 * is named by its id.
 */
public class UnitNames {
    private static final int CHUNK = 1_000;

    private final UnitReplica replica;
    private final MongoTemplate mongo;

    public UnitNames(UnitReplica replica, MongoTemplate mongo) {
        this.replica = replica;
        this.mongo = mongo;
    }

    public Optional<String> nameOf(String unitId) {
        return unitId == null ? Optional.empty() : replica.find(unitId).map(ReplicatedUnit::name);
    }

    /** Many units at once, by id (name and level only); units not known are absent from the map. */
    public Map<String, ReplicatedUnit> unitsOf(Collection<String> unitIds) {
        Map<String, ReplicatedUnit> found = new HashMap<>();
        List<String> ids = new ArrayList<>(unitIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Query chunk = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            chunk.fields().include("name").include("level").include("version");
            mongo.find(chunk, ReplicatedUnit.class).forEach(unit -> found.put(unit.id(), unit));
        }
        return found;
    }
}
