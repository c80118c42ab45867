package vn.congdoan.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Moves pending outbox records to Kafka in staging order, in batches: send all, wait for the
 * broker's acknowledgements, then mark what was acknowledged. A crash after sending and before
 * marking re-sends those records with the same ce_id, which consumers deduplicate.
 * <p>
 * This is the only place a service writes to Kafka. It uses the {@link KafkaTemplate} directly
 * rather than StreamBridge because a batch must be acknowledged as a whole before it is marked.
 * One relay runs at a time across all instances of a service (a ShedLock lock in MongoDB), which
 * keeps each aggregate's events in order.
 */
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = OutboxRecord.Status.PENDING.name();

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventsProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventsProperties properties,
                Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${congdoan.events.relay-interval:200ms}")
    @SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT2M")
    public void relayPending() {
        long deadline = System.nanoTime() + properties.relayRunLimit().toNanos();
        while (relayBatch() == properties.relayBatchSize() && System.nanoTime() < deadline) {
            // keep draining while full batches come back, within one lock period
        }
    }

    /** Publishes one batch of pending records; returns how many were published. */
    public int relayBatch() {
        Query pending = Query.query(Criteria.where("status").is(PENDING))
                .with(Sort.by("stagedAt", "_id")).limit(properties.relayBatchSize());
        List<OutboxRecord> batch = mongo.find(pending, OutboxRecord.class);
        List<String> published = new ArrayList<>(batch.size());
        List<CompletableFuture<?>> acks = batch.stream().<CompletableFuture<?>>map(r -> kafka.send(toProducerRecord(r))).toList();
        for (int i = 0; i < batch.size(); i++) {
            if (acknowledged(acks.get(i), batch.get(i))) {
                published.add(batch.get(i).id());
            }
        }
        markPublished(published);
        if (!batch.isEmpty()) {
            log.debug("published {} of {} pending events", published.size(), batch.size());
        }
        return published.size();
    }

    /** Deletes published records older than the retention; pending records are never deleted. */
    @Scheduled(fixedDelayString = "${congdoan.events.purge-interval:1h}")
    public void purgePublished() {
        Query old = Query.query(Criteria.where("status").is(OutboxRecord.Status.PUBLISHED.name())
                .and("publishedAt").lt(clock.instant().minus(properties.retention())));
        mongo.remove(old, OutboxRecord.class);
    }

    private boolean acknowledged(CompletableFuture<?> ack, OutboxRecord record) {
        try {
            ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("events.published", "type", record.type(), "outcome", "ok").increment();
            return true;
        } catch (Exception e) {
            meters.counter("events.published", "type", record.type(), "outcome", "error").increment();
            log.warn("event not published yet, will retry: id={} type={} topic={} key={} error={}",
                    record.id(), record.type(), record.topic(), record.key(), e.toString());
            return false;
        }
    }

    /** One update per id in one bulk write: each is a primary-key lookup, where an $in over a batch is not everywhere. */
    private void markPublished(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Update published = Update.update("status", OutboxRecord.Status.PUBLISHED.name()).set("publishedAt", clock.instant());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRecord.class);
        ids.forEach(id -> bulk.updateOne(Query.query(Criteria.where("_id").is(id)), published));
        bulk.execute();
    }

    static ProducerRecord<String, byte[]> toProducerRecord(OutboxRecord record) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, record.id());
        header(headers, CloudEventHeaders.SOURCE, record.source());
        header(headers, CloudEventHeaders.TYPE, record.type());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TIME, record.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, record.subject());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(record.topic(), null, record.key(),
                record.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

}
