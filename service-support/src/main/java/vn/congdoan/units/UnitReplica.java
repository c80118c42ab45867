package vn.congdoan.units;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import jakarta.annotation.PostConstruct;
import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.security.UnitDirectory;
import vn.congdoan.security.UnitPlace;

/**
 * The union directory as a consuming service keeps it, from the compacted plan.units topic: one
 * document per unit, replaced only by a higher version, so a redelivered or reordered record
 * never rolls a unit back. Services validate unit ids and walk the tree with it, never calling
 * plan-service.
 */
public class UnitReplica implements UnitDirectory, KnownUnits {
    private final MongoTemplate mongo;

    public UnitReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The indexes {@link ReplicatedUnit} declares (code, parent, ancestors). Created here because
     * the type lies outside each service's entity scan, so Spring Data's automatic index creation
     * would not see it before its first query.
     */
    @PostConstruct
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReplicatedUnit.class);
        new MongoPersistentEntityIndexResolver(mongo.getConverter().getMappingContext())
                .resolveIndexFor(ReplicatedUnit.class).forEach(indexes::createIndex);
    }

    /** Stores the unit unless a newer or equal version is held; true when it was stored. */
    public boolean apply(UnitChanged unit) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(unit.id()).and("version").lt(unit.version()));
        Update state = new Update().set("code", unit.code()).set("name", unit.name()).set("level", unit.level())
                .set("sector", unit.sector()).set("parentId", unit.parentId()).set("ancestors", unit.ancestors())
                .set("openedOn", unit.openedOn()).set("closedOn", unit.closedOn()).set("version", unit.version());
        try {
            mongo.upsert(olderOrAbsent, state, ReplicatedUnit.class);
            return true;
        } catch (DuplicateKeyException sameOrNewerHeld) {
            // the filter missed an existing document, so the upsert tried a second one with its _id
            return false;
        }
    }

    @Override
    public boolean knows(String unitId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(unitId)), ReplicatedUnit.class);
    }

    public Optional<ReplicatedUnit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReplicatedUnit.class));
    }

    @Override
    public Optional<UnitPlace> byId(String id) {
        return find(id).map(UnitReplica::place);
    }

    @Override
    public Optional<UnitPlace> byCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), ReplicatedUnit.class))
                .map(UnitReplica::place);
    }

    private static UnitPlace place(ReplicatedUnit unit) {
        return new UnitPlace(unit.id(), unit.code(), unit.parentId(), unit.ancestors());
    }
}
