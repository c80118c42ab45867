package vn.congdoan.events;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.store.BulkInsert;

/**
 * Where a service puts the events it causes. The event is stored in the service's own database
 * before anything reaches Kafka; {@link OutboxRelay} publishes it afterwards. A process that dies
 * between the two loses nothing: the record stays pending and the relay picks it up.
 * <p>
 * Two collections: {@value #PENDING} holds only the events still to be published, so the relay's
 * read stays small however many events a service has caused (the MongoDB stand-in scans a
 * collection, under its lock, for any query but one on {@code _id}; see
 * docs/adr/0001-outbox-without-transactions.md); {@value #LOG} holds every event staged, with its
 * status, until the retention purges it. Staging writes the pending record
 * first and the log record second, and the relay writes the log before removing the pending
 * record, so at every step an event is in one of the two and a crash loses nothing.
 * <p>
 * Correctness never needs a transaction: a caller either writes the event in the same document
 * as its state change, or re-derives it from stored state with the same deterministic id, and a
 * second staging of one id is a no-op (a published event staged again sits in {@value #PENDING}
 * for a moment before it is taken back; the relay drops a pending record the log shows as
 * published, so it is not published twice).
 */
public class Outbox {
    /** The events waiting for the relay. */
    public static final String PENDING = "outbox";
    /** Every event staged, pending or published, kept for the retention period. */
    public static final String LOG = "outboxLog";
    /** The events the broker refused for good (too large), with the reason; an operator's to fix. */
    public static final String PARKED = "outboxParked";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    Outbox(MongoTemplate mongo, JsonMapper json, String source, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    /** Stores the event for publishing; false when an event with this id was staged before. */
    public boolean stage(CloudEvent event) {
        return stageAll(List.of(event)) == 1;
    }

    /**
     * Stores many events in a few bulk writes; events staged before are skipped. Returns how many
     * were new. For fan-outs such as a plan assigned to 130,000 units.
     * <p>
     * An event already waiting is a duplicate in {@value #PENDING}. One published already is new
     * there but a duplicate in {@value #LOG}: its pending record is taken back (and the relay, should
     * it find that record first, drops it unsent: {@code OutboxRelay#relayBatch}).
     */
    public int stageAll(List<CloudEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<OutboxRecord> waiting = BulkInsert.insertNew(mongo, events.stream().map(this::toRecord).toList(), OutboxRecord.class, PENDING);
        List<OutboxRecord> logged = BulkInsert.insertNew(mongo, waiting, OutboxRecord.class, LOG);
        if (logged.size() < waiting.size()) {
            Set<String> fresh = logged.stream().map(OutboxRecord::id).collect(Collectors.toSet());
            BulkOperations takeBack = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRecord.class, PENDING);
            waiting.stream().filter(r -> !fresh.contains(r.id())).forEach(r -> takeBack.remove(byId(r.id())));
            takeBack.execute();
        }
        return logged.size();
    }

    static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    OutboxRecord toRecord(CloudEvent event) {
        return new OutboxRecord(event.id(), event.type().topic().topicName(), event.key(), event.type().ceType(),
                source, event.subject(), event.time(), json.writeValueAsString(event.payload()),
                OutboxRecord.Status.PENDING, clock.instant(), null);
    }
}
