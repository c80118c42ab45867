package vn.congdoan.reporting.rollup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

import jakarta.annotation.PostConstruct;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.units.ReplicatedUnit;

/**
 * One rollup document per (plan, period, unit): the sums of every report and expected report in the
 * unit's subtree. A change is applied as a delta to the unit and each of its ancestors with
 * {@code $inc} upserts in one bulk write: O(depth), never a rescan, and safe with any number of
 * instances writing at once (MongoDB applies each {@code $inc} atomically).
 * <p>
 * Each delta reaches the rollups exactly once, even across a crash between the caller's own write
 * (the claim: an expected report inserted, a report version claimed) and the increments, by
 * {@link #addClaimed}: the delta is first written down in {@value #PENDING} with the evidence of its
 * claim, then claimed, then applied to each rollup document together with its id in that
 * document's {@code applying} list (a document that lists it already is skipped), then taken out of
 * {@value #PENDING}, and last its id is pulled from the documents again so that they stay small.
 * {@link #finishInterrupted} finishes a delta a crash left in {@value #PENDING}: it applies it when
 * the claim's evidence holds and drops it when the claim never happened.
 */
@org.springframework.stereotype.Component
public class Rollups {
    static final String COLLECTION = "rollups";
    static final String PENDING = "rollupDeltas";
    private static final String APPLYING = "applying";
    private static final int DUPLICATE_KEY = 11000;
    /** How old a pending delta must be before the repair takes it for one a crash left behind. */
    private static final Duration GRACE = Duration.ofMinutes(2);
    private final MongoTemplate mongo;
    private final Clock clock;

    public Rollups(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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

    /**
     * Adds {@code delta} to the rollup of every unit on {@code path} (root first) when
     * {@code claim} answers true (this caller made the change the delta stands for), exactly once
     * even if the process dies between the claim and the increments. {@code id} names the delta;
     * {@code evidence} is what the claim leaves behind, for the repair to check.
     */
    public void addClaimed(String id, String planId, Period period, List<String> path, Tally delta, Evidence evidence,
                           BooleanSupplier claim) {
        PendingDelta pending = new PendingDelta(id, planId, period.label(), path, delta.counts(), evidence, clock.instant());
        boolean opened = !delta.isZero() && open(pending);
        if (claim.getAsBoolean()) {
            apply(pending);
        } else if (opened) {
            // another caller claimed and finished it before this one wrote it down
            mongo.remove(Query.query(Criteria.where("_id").is(id)), PENDING);
        }
    }

    /** Finishes the deltas a crash left between their claim and the rollups (or drops them when unclaimed). */
    @Scheduled(fixedDelayString = "${reporting.repair-interval:30s}")
    @SchedulerLock(name = "reporting-finish-rollups", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void finishInterrupted() {
        Query stale = Query.query(Criteria.where("openedAt").lt(clock.instant().minus(GRACE))).limit(1_000);
        for (PendingDelta pending : mongo.find(stale, PendingDelta.class, PENDING)) {
            Evidence evidence = pending.evidence();
            boolean claimed = mongo.exists(Query.query(Criteria.where("_id").is(evidence.id())), evidence.collection())
                    == evidence.present();
            if (claimed) {
                apply(pending);
            } else {
                mongo.remove(Query.query(Criteria.where("_id").is(pending.id())), PENDING);
            }
        }
    }

    private boolean open(PendingDelta pending) {
        try {
            mongo.insert(pending, PENDING);
            return true;
        } catch (DuplicateKeyException openedBefore) {
            return false;
        }
    }

    private void apply(PendingDelta pending) {
        if (new Tally(pending.counts()).isZero()) {
            return;
        }
        Period period = Period.parse(pending.period()).orElseThrow();
        List<String> path = pending.path();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (int i = 0; i < path.size(); i++) {
            Update update = new Update().set("planId", pending.planId()).set("period", period.label())
                    .set("periodStart", period.start()).set("periodEnd", period.end()).set("unitId", path.get(i))
                    .set("parentId", i == 0 ? null : path.get(i - 1)).set("depth", i).addToSet(APPLYING, pending.id());
            pending.counts().forEach((key, value) -> update.inc("t." + key, value));
            // a document that lists the delta has it already: no match, and the upsert's insert is a duplicate key
            bulk.upsert(Query.query(Criteria.where("_id").is(idOf(pending.planId(), period.label(), path.get(i)))
                    .and(APPLYING).ne(pending.id())), update);
        }
        executeIgnoringDuplicates(bulk);
        mongo.remove(Query.query(Criteria.where("_id").is(pending.id())), PENDING);
        BulkOperations tidy = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        path.forEach(unit -> tidy.updateOne(Query.query(Criteria.where("_id").is(idOf(pending.planId(), period.label(), unit))),
                new Update().pull(APPLYING, pending.id())));
        tidy.execute();
    }

    private static void executeIgnoringDuplicates(BulkOperations bulk) {
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
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

    /** What a delta's claim leaves: the document {@code id} in {@code collection} is there (or gone, when {@code present} is false). */
    public record Evidence(String collection, String id, boolean present) {
    }

    /** A delta written down before its claim, until it is applied. */
    record PendingDelta(@Id String id, String planId, String period, List<String> path, Map<String, Long> counts,
                        Evidence evidence, Instant openedAt) {
    }

    public record PeriodRow(Period period, Tally tally) {
    }
}
