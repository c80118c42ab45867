package vn.congdoan.events;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where a service puts the events it causes. The event is stored in the service's own database
 * before anything reaches Kafka; {@link OutboxRelay} publishes it afterwards. A process that dies
 * between the two loses nothing: the record stays pending and the relay picks it up.
 * <p>
 * Correctness never needs a transaction: a caller either writes the event in the same document
 * as its state change, or re-derives it from stored state with the same deterministic id, and a
 * second staging of one id is a no-op.
 */
public class Outbox {
    private static final int DUPLICATE_KEY = 11000;
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
        try {
            mongo.insert(toRecord(event));
            return true;
        } catch (DuplicateKeyException alreadyStaged) {
            return false;
        }
    }

    /**
     * Stores many events in one bulk write; events staged before are skipped. Returns how many
     * were new. For fan-outs such as a plan assigned to 130,000 units.
     */
    public int stageAll(List<CloudEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRecord.class);
        bulk.insert(events.stream().map(this::toRecord).toList());
        try {
            return bulk.execute().getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getResult().getInsertedCount();
        }
    }

    OutboxRecord toRecord(CloudEvent event) {
        return new OutboxRecord(event.id(), event.type().topic().topicName(), event.key(), event.type().ceType(),
                source, event.subject(), event.time(), json.writeValueAsString(event.payload()),
                OutboxRecord.Status.PENDING, clock.instant(), null);
    }
}
