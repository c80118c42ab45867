package vn.congdoan.events.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the records in each dead-letter topic of this service (latest minus earliest offset, so
 * records removed by retention leave the count) every {@code congdoan.events.dead-letter-check}
 * (30 s), off the request path: the gauge {@code events.dead.letters{topic}} is for alerts (any
 * rise means an event could not be processed), and health shows the last counts at once, without
 * asking the broker. A broker that does not answer within five seconds leaves the last counts.
 */
public class DeadLetterMonitor implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMonitor.class);
    private static final Duration ASK_AT_MOST = Duration.ofSeconds(5);

    private final Admin admin;
    private final DeadLetterTopics topics;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicBoolean brokerReachable = new AtomicBoolean(true);

    DeadLetterMonitor(Admin admin, DeadLetterTopics topics, MeterRegistry meters) {
        this.admin = admin;
        this.topics = topics;
        for (String topic : topics.names()) {
            AtomicLong count = new AtomicLong();
            counts.put(topic, count);
            Gauge.builder("events.dead.letters", count, AtomicLong::get).tag("topic", topic)
                    .description("records in the dead-letter topic").register(meters);
        }
    }

    @Scheduled(initialDelayString = "5s", fixedDelayString = "${congdoan.events.dead-letter-check:30s}")
    public void count() {
        try {
            Map<TopicPartition, OffsetSpec> partitions = described().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest = admin.listOffsets(partitions).all()
                    .get(ASK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            partitions.replaceAll((p, spec) -> OffsetSpec.latest());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(partitions).all()
                    .get(ASK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Long> now = latest.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().topic(),
                    Collectors.summingLong(e -> e.getValue().offset() - earliest.get(e.getKey()).offset())));
            counts.forEach((topic, count) -> {
                long records = now.getOrDefault(topic, 0L);
                if (records > count.getAndSet(records)) {
                    log.warn("dead-letter topic {} now holds {} records: see GET /api/dead-letters?topic={}", topic, records, topic);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a missing topic (nothing dead-lettered yet) or no broker: keep the last counts
            log.debug("dead-letter topics not counted: {}", e.toString());
        }
    }

    /**
     * The topics the broker describes; one not created yet (nothing dead-lettered there) is left
     * out. Logs once that the broker is gone and once that it is back (the Kafka clients' own
     * lines, one per reconnect attempt, are quieted in the service defaults).
     */
    private List<TopicDescription> described() throws InterruptedException {
        boolean reachable;
        try {
            admin.describeCluster().clusterId().get(ASK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            reachable = true;
        } catch (ExecutionException | TimeoutException e) {
            reachable = false;
        }
        if (brokerReachable.getAndSet(reachable) != reachable) {
            if (reachable) {
                log.info("Kafka broker reachable again");
            } else {
                log.warn("Kafka broker unreachable (no answer within {} s)", ASK_AT_MOST.toSeconds());
            }
        }
        List<TopicDescription> described = new ArrayList<>();
        if (!reachable) {
            return described;
        }
        for (var topic : admin.describeTopics(topics.names()).topicNameValues().values()) {
            try {
                described.add(topic.get(ASK_AT_MOST.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException | TimeoutException e) {
                // not there yet, or no broker
            }
        }
        return described;
    }

    /** Always UP (a dead letter needs an operator, not a restart); the details are the counts. */
    @Override
    public Health health() {
        Map<String, Long> details = counts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        return Health.up().withDetail("records", details)
                .withDetail("total", details.values().stream().mapToLong(Long::longValue).sum()).build();
    }
}
