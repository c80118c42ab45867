package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.plan.issuing.AssigneeSpec;
import vn.congdoan.plan.issuing.UnitScopes;

/**
 * The directory as plans see it. A scope is one indexed query over the denormalised ancestors,
 * streamed, so a national plan's 130,000 grassroots unions never sit in memory at once.
 */
@Component
class DirectoryScopes implements UnitScopes {
    /** Units per cursor batch: a national scope is 130,000 units, never one reply. */
    private static final int STREAM_BATCH = 1_000;
    private final MongoTemplate mongo;

    DirectoryScopes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UnitRef> unit(String id) {
        return Optional.ofNullable(mongo.findById(id, Unit.class)).map(DirectoryScopes::ref);
    }

    @Override
    public Optional<UnitRef> childNamed(String parentId, String name) {
        return mongo.find(Query.query(Criteria.where("parentId").is(parentId).and("closedOn").is(null)), Unit.class)
                .stream().filter(unit -> UnitScopes.nameKey(unit.name()).equals(UnitScopes.nameKey(name))).findFirst().map(DirectoryScopes::ref);
    }


    @Override
    public void forEachInScope(String rootId, AssigneeSpec scope, LocalDate day, Consumer<UnitRef> each) {
        Criteria criteria = Criteria.where("ancestors").is(rootId).and("level").is(scope.level())
                .and("openedOn").lte(day)
                .orOperator(Criteria.where("closedOn").is(null), Criteria.where("closedOn").gt(day));
        if (scope.sector() != null) {
            criteria = criteria.and("sector").is(scope.sector());
        }
        Query query = Query.query(criteria).cursorBatchSize(STREAM_BATCH);
        query.fields().include("parentId", "openedOn", "closedOn");
        try (var units = mongo.stream(query, ScopeRow.class, "units")) {
            units.map(row -> new UnitRef(row.id(), row.parentId(), row.openedOn(), row.closedOn())).forEach(each);
        }
    }

    /** The four fields a scope needs, read from the units collection without the rest. */
    record ScopeRow(@Id String id, String parentId, LocalDate openedOn, LocalDate closedOn) {
    }

    private static UnitRef ref(Unit unit) {
        return new UnitRef(unit.id(), unit.parentId(), unit.openedOn(), unit.closedOn());
    }
}
