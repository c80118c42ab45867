package vn.congdoan.outreach.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Where rosters are stored: every write is conditional on the version read, so two instances never lose a change. */
@Component
public class Rosters {
    private static final int DUPLICATE_KEY = 11000;
    private final MongoTemplate mongo;

    Rosters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Roster get(String unitId) {
        Roster roster = mongo.findById(unitId, Roster.class);
        return roster == null ? Roster.empty(unitId) : roster;
    }

    public Map<String, Roster> getAll(Collection<String> unitIds) {
        Query query = Query.query(Criteria.where("_id").in(unitIds));
        query.cursorBatchSize(5_000);
        return mongo.find(query, Roster.class).stream().collect(Collectors.toMap(Roster::unitId, Function.identity()));
    }

    public Long membersAsOf(String unitId, LocalDate day) {
        return get(unitId).membersAsOf(day);
    }

    /** Stores {@code next} over the version it was derived from; false when another writer came first. */
    boolean replace(Roster next) {
        if (next.version() == 1) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException anotherWriterFirst) {
                return false;
            }
        }
        return mongo.updateFirst(sameVersion(next.unitId(), next.version() - 1), state(next), Roster.class)
                .getModifiedCount() == 1;
    }

    /** Stores many rosters in one bulk write; returns how many were written (others changed meanwhile). */
    int replaceAll(List<Roster> rosters) {
        if (rosters.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Roster.class);
        rosters.forEach(next -> {
            if (next.version() == 1) {
                bulk.insert(next);
            } else {
                bulk.updateOne(sameVersion(next.unitId(), next.version() - 1), state(next));
            }
        });
        try {
            var result = bulk.execute();
            return result.getInsertedCount() + result.getModifiedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getResult().getInsertedCount() + e.getResult().getModifiedCount();
        }
    }

    void published(Roster roster) {
        mongo.updateFirst(sameVersion(roster.unitId(), roster.version()), Update.update("pending", false), Roster.class);
    }

    void publishedAll(List<Roster> rosters) {
        if (rosters.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Roster.class);
        rosters.forEach(r -> bulk.updateOne(sameVersion(r.unitId(), r.version()), Update.update("pending", false)));
        bulk.execute();
    }

    List<Roster> pendingSince(java.time.Instant before) {
        return mongo.find(Query.query(Criteria.where("pending").is(true).and("changedAt").lt(before)).limit(500),
                Roster.class);
    }

    private static Query sameVersion(String unitId, long version) {
        return Query.query(Criteria.where("_id").is(unitId).and("version").is(version));
    }

    private static Update state(Roster next) {
        return new Update().set("version", next.version()).set("entries", next.entries())
                .set("pending", next.pending()).set("changedAt", next.changedAt());
    }
}
