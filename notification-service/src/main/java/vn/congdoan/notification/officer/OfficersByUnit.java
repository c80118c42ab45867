package vn.congdoan.notification.officer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.congdoan.store.BulkInsert;

/**
 * The officers of each unit in one document keyed by the unit id, kept in step with every save and
 * delete of an officer: routing reads a unit's officers by key, once per event, instead of a query
 * on {@code officers.unitId} (a collection scan on the MongoDB stand-in, which ignores secondary
 * indexes; by key it is one lookup: see docs/benchmarks.md). A second
 * document per officer remembers its unit, so that moving or deleting an officer leaves no copy behind.
 * Officers stored before this existed are copied in at start when the index is empty.
 * <p>
 * The index is written after the officer, so a crash in between could leave an officer whom
 * routing never finds. Every save therefore stores the officer with {@code unitIndexed: false}
 * (in the same document write) and sets it true only once the index is complete; a delete sets it
 * false before taking the officer out. {@link #repairInterrupted()}, run at start, indexes again
 * every officer still marked false. Indexing is idempotent: the officer is pulled from its old and
 * its new unit before it is pushed, so doing it twice leaves one entry.
 */
public class OfficersByUnit extends AbstractMongoEventListener<Officer> {
    private static final Logger log = LoggerFactory.getLogger(OfficersByUnit.class);

    private static final int BULK = 1_000;
    static final String UNIT_INDEXED = "unitIndexed";
    private final MongoTemplate mongo;

    public OfficersByUnit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Officer> officersOf(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, UnitOfficers.class)).map(UnitOfficers::officers)
                .orElse(List.of()).stream().map(document -> mongo.getConverter().read(Officer.class, document)).toList();
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Officer> event) {
        index(event.getSource());
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Officer> event) {
        if (event.getDocument() != null) {
            event.getDocument().put(UNIT_INDEXED, false);
        }
    }

    @Override
    public void onBeforeDelete(BeforeDeleteEvent<Officer> event) {
        Object id = event.getDocument() == null ? null : event.getDocument().get("_id");
        if (id instanceof String officerId) {
            markIndexed(officerId, false);
            OfficerUnit held = mongo.findById(officerId, OfficerUnit.class);
            if (held != null) {
                removeFrom(held.unitId(), officerId);
                mongo.remove(held);
            }
        }
    }

    /**
     * Copies every officer in when the index is empty but officers exist (a database from before
     * it, or officers loaded straight into the database), a thousand units per bulk write.
     */
    public void rebuildIfEmpty() {
        if (mongo.estimatedCount(UnitOfficers.class) > 0 || mongo.estimatedCount(Officer.class) == 0) {
            return;
        }
        Query all = new Query();
        all.cursorBatchSize(5_000);
        Map<String, List<Document>> byUnit = new LinkedHashMap<>();
        List<OfficerUnit> held = new ArrayList<>();
        for (Officer officer : mongo.find(all, Officer.class)) {
            if (officer.unitId() != null) {
                byUnit.computeIfAbsent(officer.unitId(), unit -> new ArrayList<>()).add(toDocument(officer));
            }
            held.add(new OfficerUnit(officer.id(), officer.unitId()));
        }
        List<UnitOfficers> units = byUnit.entrySet().stream().map(e -> new UnitOfficers(e.getKey(), e.getValue())).toList();
        for (int from = 0; from < units.size(); from += BULK) {
            BulkInsert.insertNew(mongo, units.subList(from, Math.min(units.size(), from + BULK)), UnitOfficers.class);
        }
        for (int from = 0; from < held.size(); from += BULK) {
            BulkInsert.insertNew(mongo, held.subList(from, Math.min(held.size(), from + BULK)), OfficerUnit.class);
        }
        log.info("indexed {} officers of {} units", held.size(), units.size());
    }

    /** Indexes again the officers whose indexing a crash cut short (marked {@code unitIndexed: false}). */
    public void repairInterrupted() {
        List<Officer> interrupted = mongo.find(Query.query(Criteria.where(UNIT_INDEXED).is(false)), Officer.class);
        interrupted.forEach(this::index);
        if (!interrupted.isEmpty()) {
            log.info("indexed again {} officers whose indexing a crash had cut short", interrupted.size());
        }
    }

    private void index(Officer officer) {
        if (officer == null || officer.id() == null) {
            return;
        }
        OfficerUnit held = mongo.findById(officer.id(), OfficerUnit.class);
        if (held != null && held.unitId() != null) {
            removeFrom(held.unitId(), officer.id());
        }
        if (officer.unitId() != null) {
            removeFrom(officer.unitId(), officer.id());
            mongo.upsert(Query.query(Criteria.where("_id").is(officer.unitId())), new Update().push("officers", toDocument(officer)),
                    UnitOfficers.class);
        }
        mongo.save(new OfficerUnit(officer.id(), officer.unitId()));
        markIndexed(officer.id(), true);
    }

    private void markIndexed(String officerId, boolean indexed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(officerId)), new Update().set(UNIT_INDEXED, indexed), Officer.class);
    }

    private Document toDocument(Officer officer) {
        return (Document) mongo.getConverter().convertToMongoType(officer);
    }

    private void removeFrom(String unitId, String officerId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(unitId)),
                new Update().pull("officers", new Document("_id", officerId)), UnitOfficers.class);
    }

    /** Officers as plain documents: an embedded Officer type would copy its unique e-mail index into this collection. */
    @org.springframework.data.mongodb.core.mapping.Document("unitOfficers")
    record UnitOfficers(@Id String unitId, List<Document> officers) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("officerUnits")
    record OfficerUnit(@Id String officerId, String unitId) {
    }
}
