package vn.congdoan.reporting.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import jakarta.annotation.PostConstruct;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.units.ReplicatedUnit;

/**
 * One rollup document per (plan, period, unit): the sums of every report and expected report in the
 * unit's subtree. A change is applied as a delta to the unit and each of its ancestors with
 * {@code $inc} upserts in one bulk write: O(depth), never a rescan, and safe with any number of
 * instances writing at once (MongoDB applies each {@code $inc} atomically). Callers make sure each
 * delta is applied once.
 */
@org.springframework.stereotype.Component
public class Rollups {
    static final String COLLECTION = "rollups";
    private final MongoTemplate mongo;

    public Rollups(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The indexes of the rollup queries: a unit's children, and a unit's periods (plain documents, so declared here). */
    @PostConstruct
    void createIndexes() {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).on("period", Sort.Direction.ASC)
                .on("parentId", Sort.Direction.ASC).named("children"));
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).on("unitId", Sort.Direction.ASC).named("unitPeriods"));
        indexes.createIndex(new Index().on("planId", Sort.Direction.ASC).on("parentId", Sort.Direction.ASC).named("childUnits"));
    }

    /** A unit's ancestors from the root, then the unit. */
    public static List<String> pathOf(ReplicatedUnit unit) {
        List<String> path = new ArrayList<>(unit.ancestors() == null ? List.of() : unit.ancestors());
        path.add(unit.id());
        return path;
    }

    public static String idOf(String planId, String period, String unitId) {
        return planId + ":" + period + ":" + unitId;
    }

    /** Adds {@code delta} to the rollup of every unit on {@code path} (root first). */
    public void add(String planId, Period period, List<String> path, Tally delta) {
        if (delta.isZero()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (int i = 0; i < path.size(); i++) {
            Update update = new Update().set("planId", planId).set("period", period.label())
                    .set("periodStart", period.start()).set("periodEnd", period.end()).set("unitId", path.get(i))
                    .set("parentId", i == 0 ? null : path.get(i - 1)).set("depth", i);
            delta.counts().forEach((key, value) -> update.inc("t." + key, value));
            bulk.upsert(Query.query(Criteria.where("_id").is(idOf(planId, period.label(), path.get(i)))), update);
        }
        bulk.execute();
    }

    /** The sums of a unit's subtree; zero when nothing was ever counted there. */
    public Tally tally(String planId, String period, String unitId) {
        return Optional.ofNullable(mongo.findById(idOf(planId, period, unitId), Document.class, COLLECTION))
                .map(Rollups::tallyOf).orElse(Tally.ZERO);
    }

    /** The rollups of a unit's direct children that have anything counted, as (unitId, tally). */
    public List<Row> children(String planId, String period, String unitId) {
        Query query = Query.query(Criteria.where("planId").is(planId).and("period").is(period).and("parentId").is(unitId));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new Row(d.getString("unitId"), tallyOf(d))).toList();
    }

    /** Every period of a plan that has a rollup for {@code unitId}, with its tally. */
    public List<PeriodRow> periods(String planId, String unitId) {
        Query query = Query.query(Criteria.where("planId").is(planId).and("unitId").is(unitId));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .flatMap(d -> Period.parse(d.getString("period")).map(p -> new PeriodRow(p, tallyOf(d))).stream())
                .toList();
    }

    /** Units with a rollup of the plan whose parent is {@code unitId}, over all periods. */
    public Collection<String> childUnits(String planId, String unitId) {
        Query query = Query.query(Criteria.where("planId").is(planId).and("parentId").is(unitId));
        query.fields().include("unitId");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("unitId")).distinct().toList();
    }

    private static Tally tallyOf(Document document) {
        Object counts = document.get("t");
        Tally.Builder tally = Tally.builder();
        if (counts instanceof Map<?, ?> map) {
            map.forEach((key, value) -> tally.add(key.toString(), ((Number) value).longValue()));
        }
        return tally.build();
    }

    public record Row(String unitId, Tally tally) {
    }

    public record PeriodRow(Period period, Tally tally) {
    }
}
