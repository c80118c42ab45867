package vn.congdoan.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
 * <p>
 * A record the broker refuses for good (see {@link RefusedForGood}: too large, not serialisable)
 * would otherwise block the outbox for ever: it is parked in {@value Outbox#PARKED} with the
 * reason, counted ({@code events.parked}) and shown in health, and the records behind it flow.
 * Any other failure (no broker, a timeout) leaves the record pending and ends the run.
 */
public class OutboxRelay {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /**
     * The lock that lets one relay run at a time across the service's instances. It is kept alive
     * while the relay runs ({@link SchedulerLocks}), so it can be short: a killed relay's lock passes
     * on after 30 s (ShedLock's least for a kept-alive lock).
     */
    static final String LOCK_NAME = "outbox-relay";
    static final Duration LOCK_AT_MOST_FOR = Duration.parse(SchedulerLocks.AT_MOST);

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
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = SchedulerLocks.AT_MOST)
    public void relayPending() {
        long deadline = System.nanoTime() + properties.relayRunLimit().toNanos();
        while (relayBatch() == properties.relayBatchSize() && System.nanoTime() < deadline) {
            // keep draining while full batches come back, within one lock period
        }
    }

    /** Publishes one batch of pending records; returns how many left the outbox (published or parked). */
    public int relayBatch() {
        Query oldestFirst = new Query().with(Sort.by("stagedAt", "_id")).limit(properties.relayBatchSize());
        List<OutboxRecord> found = new ArrayList<>(mongo.find(oldestFirst, OutboxRecord.class, Outbox.PENDING));
        int publishedBefore = dropPublishedBefore(found);
        // published already: left here by a version that kept published events beside pending ones
        List<OutboxRecord> published = new ArrayList<>(found.stream().filter(OutboxRecord::isPublished).toList());
        List<OutboxRecord> batch = found.stream().filter(r -> !r.isPublished()).toList();
        List<CompletableFuture<?>> acks = send(batch);
        List<ParkedEvent> parked = new ArrayList<>();
        long acksDue = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < acks.size(); i++) {
            OutboxRecord record = batch.get(i);
            Throwable failure = failure(acks.get(i), acksDue);
            if (failure == null) {
                meters.counter("events.published", "type", record.type(), "outcome", "ok").increment();
                published.add(record);
            } else if (RefusedForGood.matches(failure)) {
                parked.add(new ParkedEvent(record.id(), record.parked(), RefusedForGood.reason(failure), clock.instant()));
            } else {
                meters.counter("events.published", "type", record.type(), "outcome", "error").increment();
                log.warn("event not published yet, will retry: id={} type={} topic={} key={} error={}",
                        record.id(), record.type(), record.topic(), record.key(), failure.toString());
            }
        }
        markPublished(published);
        park(parked);
        if (!found.isEmpty()) {
            log.debug("published {} and parked {} of {} pending events", published.size(), parked.size(), found.size());
        }
        return publishedBefore + published.size() + parked.size();
    }

    /**
     * Takes out of {@code found} (and out of the pending records) those the log already has as
     * published: an event staged again is briefly pending before its stage sees the log's duplicate
     * and takes it back ({@link Outbox#stageAll}); sending it in that moment would publish it twice.
     */
    private int dropPublishedBefore(List<OutboxRecord> found) {
        if (found.isEmpty()) {
            return 0;
        }
        Query logged = Query.query(Criteria.where("_id").in(found.stream().map(OutboxRecord::id).toList())
                .and("status").is(OutboxRecord.Status.PUBLISHED.name()));
        logged.fields().include("_id");
        Set<String> ids = mongo.find(logged, Document.class, Outbox.LOG).stream().map(d -> d.getString("_id"))
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return 0;
        }
        mongo.remove(Query.query(Criteria.where("_id").in(ids)), OutboxRecord.class, Outbox.PENDING);
        found.removeIf(r -> ids.contains(r.id()));
        return ids.size();
    }

    /** Deletes logged records published before the retention; pending records are never deleted. */
    @Scheduled(fixedDelayString = "${congdoan.events.purge-interval:1h}")
    public void purgePublished() {
        Query old = Query.query(Criteria.where("status").is(OutboxRecord.Status.PUBLISHED.name())
                .and("publishedAt").lt(clock.instant().minus(properties.retention())));
        mongo.remove(old, OutboxRecord.class, Outbox.LOG);
    }

    /**
     * Sends the records in order and stops at the first one the producer refuses at once for a
     * passing reason (no broker within {@code max.block.ms}): with the broker away, a run then ends
     * after one short wait instead of one per record, and the rest wait for the next run, in order.
     * A record refused for good (too large) does not stop the others.
     */
    private List<CompletableFuture<?>> send(List<OutboxRecord> batch) {
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (OutboxRecord record : batch) {
            CompletableFuture<?> ack;
            try {
                ack = kafka.send(toProducerRecord(record));
            } catch (RuntimeException refused) {
                ack = CompletableFuture.failedFuture(refused);
            }
            acks.add(ack);
            if (ack.isCompletedExceptionally() && !RefusedForGood.matches(ack.exceptionNow())) {
                break;
            }
        }
        return acks;
    }

    /**
     * Null when the broker acknowledged the record by {@code due} (one deadline for the whole
     * batch), otherwise why not.
     */
    private static Throwable failure(CompletableFuture<?> ack, long due) {
        try {
            ack.get(Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (TimeoutException e) {
            return e;
        }
    }

    /**
     * Sets aside records the broker will never take: each is stored with its reason in
     * {@value Outbox#PARKED}, marked parked in the log, and then taken out of the pending records.
     */
    private void park(List<ParkedEvent> parked) {
        if (parked.isEmpty()) {
            return;
        }
        for (ParkedEvent event : parked) {
            mongo.save(event, Outbox.PARKED);
            mongo.save(event.event(), Outbox.LOG);
            mongo.remove(Outbox.byId(event.id()), OutboxRecord.class, Outbox.PENDING);
            meters.counter("events.parked", "type", event.event().type()).increment();
            log.error("event parked, the broker refuses it for good: id={} type={} topic={} key={} reason={}",
                    event.id(), event.event().type(), event.event().topic(), event.event().key(), event.reason());
        }
    }

    /**
     * Records the batch as published in the log, then takes it out of the pending records, each by
     * primary key in one bulk write. The log is written as a whole record (an upsert): staging
     * may have died before logging it.
     */
    private void markPublished(List<OutboxRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        BulkOperations log = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRecord.class, Outbox.LOG);
        records.forEach(r -> log.replaceOne(Outbox.byId(r.id()), r.isPublished() ? r : r.published(now),
                FindAndReplaceOptions.options().upsert()));
        log.execute();
        BulkOperations pending = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRecord.class, Outbox.PENDING);
        records.forEach(r -> pending.remove(Outbox.byId(r.id())));
        pending.execute();
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
