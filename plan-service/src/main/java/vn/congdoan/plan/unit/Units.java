package vn.congdoan.plan.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.units.KnownUnits;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.NotFoundException;

/**
 * The {@code units} collection. Every write of an existing unit is conditional on the version it
 * was read at, so two concurrent changes cannot silently overwrite each other.
 */
@Component
class Units implements KnownUnits {
    private final MongoTemplate mongo;

    Units(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean knows(String unitId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(unitId)), Unit.class);
    }

    Optional<Unit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Unit.class));
    }

    Unit get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    Optional<Unit> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), Unit.class));
    }

    List<Unit> findByCodes(Collection<String> codes) {
        return mongo.find(Query.query(Criteria.where("code").in(codes)), Unit.class);
    }

    List<Unit> findByIds(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Unit.class);
    }

    List<Unit> childrenOf(Collection<String> parentIds) {
        return mongo.find(Query.query(Criteria.where("parentId").in(parentIds)), Unit.class);
    }

    /** Every unit below {@code id}, at any depth. */
    List<Unit> descendants(String id) {
        return mongo.find(Query.query(Criteria.where("ancestors").is(id)), Unit.class);
    }

    Page<Unit> search(Criteria criteria, Pageable page) {
        Query query = Query.query(criteria);
        long total = mongo.count(query, Unit.class);
        List<Unit> content = mongo.find(query.with(page), Unit.class);
        return new PageImpl<>(content, page, total);
    }

    void insert(Unit unit) {
        try {
            mongo.insert(unit);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", unit.code() + " already exists");
        }
    }

    /** Ordered bulk insert: the stand-in is fastest that way. */
    void insertAll(List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Unit.class).insert(units).execute();
        } catch (BulkOperationException | DuplicateKeyException e) {
            throw new ConflictException("code", "a code of this import was created meanwhile; import again");
        }
    }

    /** Writes {@code unit} if it is still at {@code readVersion}; false if someone changed it meanwhile. */
    boolean replace(Unit unit, long readVersion) {
        Query current = Query.query(Criteria.where("_id").is(unit.id()).and("version").is(readVersion));
        return mongo.replace(current, unit).getMatchedCount() == 1;
    }

    /**
     * Clears the pending mark of the events just staged, unless a newer change came meanwhile:
     * one update per distinct version (an import's new units are all at version 1).
     */
    void markStaged(Collection<Unit> units) {
        units.stream().collect(Collectors.groupingBy(Unit::version, Collectors.mapping(Unit::id, Collectors.toList())))
                .forEach((version, ids) -> mongo.updateMulti(
                        Query.query(Criteria.where("_id").in(ids).and("version").is(version)),
                        new Update().unset("eventPending"), Unit.class));
    }

    void markBranchFollowed(Unit moved) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(moved.id()).and("version").is(moved.version())),
                new Update().unset("branchPending"), Unit.class);
    }

    List<Unit> withEventPending(int limit) {
        return mongo.find(Query.query(Criteria.where("eventPending").is(true)).limit(limit), Unit.class);
    }

    List<Unit> withBranchPending(int limit) {
        return mongo.find(Query.query(Criteria.where("branchPending").is(true)).limit(limit), Unit.class);
    }

    /** Children open after {@code on} (null: open now): they stop their parent from closing. */
    List<Unit> openChildren(String id, java.time.LocalDate on, int limit) {
        Criteria open = new Criteria().orOperator(Criteria.where("closedOn").is(null), Criteria.where("closedOn").gt(on));
        return mongo.find(Query.query(Criteria.where("parentId").is(id).andOperator(open)).limit(limit), Unit.class);
    }
}
