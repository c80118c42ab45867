package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.plan.plan.AssigneeSpec;
import vn.congdoan.plan.plan.UnitScopes;

/**
 * The directory as plans see it. A scope is one indexed query over the denormalised ancestors,
 * streamed, so a national plan's 130,000 grassroots unions never sit in memory at once.
 */
@Component
class DirectoryScopes implements UnitScopes {
    private final MongoTemplate mongo;

    DirectoryScopes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<UnitRef> unit(String id) {
        return Optional.ofNullable(mongo.findById(id, Unit.class)).map(DirectoryScopes::ref);
    }

    @Override
    public void forEachInScope(String rootId, AssigneeSpec scope, LocalDate day, Consumer<UnitRef> each) {
        Criteria criteria = Criteria.where("ancestors").is(rootId).and("level").is(scope.level())
                .and("openedOn").lte(day)
                .orOperator(Criteria.where("closedOn").is(null), Criteria.where("closedOn").gt(day));
        if (scope.sector() != null) {
            criteria = criteria.and("sector").is(scope.sector());
        }
        try (var units = mongo.stream(Query.query(criteria), Unit.class)) {
            units.map(DirectoryScopes::ref).forEach(each);
        }
    }

    private static UnitRef ref(Unit unit) {
        return new UnitRef(unit.id(), unit.parentId(), unit.openedOn(), unit.closedOn());
    }
}
