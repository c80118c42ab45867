package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.Topic;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.time.ServiceClock;

/**
 * The relay against a real broker when one record is refused for good (over the 1 MB record
 * limit): before, every run stopped at it and nothing behind it was ever published.
 */
class OutboxRelayRefusalTest {
    private static EmbeddedKafkaKraftBroker broker;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server));
    private final MongoTemplate mongo = new MongoTemplate(client, "relay-refusal-test");
    private final Clock clock = ServiceClock.startingAt(Instant.parse("2026-06-15T09:00:00+07:00"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventsProperties properties = new EventsProperties(500, Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofDays(7), 3, (short) 1, Duration.ofMinutes(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(10));

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "3"));
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRecordOverTheSizeLimitIsParkedWithItsReasonAndTheRestFlow() {
        Outbox outbox = new Outbox(mongo, JsonMapper.builder().build(), "/test", clock);
        List<CloudEvent> events = new ArrayList<>(IntStream.range(0, 6).mapToObj(i -> completed("ok-" + i, "note")).toList());
        events.add(2, completed("too-large", "x".repeat(1_100_000)));
        outbox.stageAll(events);
        OutboxRelay relay = relay();

        relay.relayPending();
        relay.relayPending();

        assertThat(publishedIds()).containsExactlyInAnyOrder("ok-0", "ok-1", "ok-2", "ok-3", "ok-4", "ok-5");
        assertThat(mongo.estimatedCount(Outbox.PENDING)).isZero();
        ParkedEvent parked = mongo.findById("too-large", ParkedEvent.class, Outbox.PARKED);
        assertThat(parked).isNotNull();
        assertThat(parked.reason()).contains("RecordTooLargeException");
        assertThat(parked.event().payload()).hasSizeGreaterThan(1_000_000);
        assertThat(mongo.findById("too-large", OutboxRecord.class, Outbox.LOG).status()).isEqualTo(OutboxRecord.Status.PARKED);
        assertThat(meters.counter("events.parked", "type", "vn.congdoan.task.completed.v1").count()).isEqualTo(1);
        OutboxHealthIndicator indicator = new OutboxHealthIndicator(mongo, clock, properties.staleAfter());
        // on a loaded machine one answer may miss the indicator's 0.5 s bound: ask until the database answers in time
        Health health = await().atMost(Duration.ofSeconds(30)).until(indicator::health, h -> h.getDetails().containsKey("parked"));
        assertThat(health.getDetails()).containsEntry("parked", 1L).containsEntry("pending", 0);
    }

    @Test
    void theAcknowledgementWaitExceedsTheProducersDeliveryTimeout() {
        KafkaProperties kafka = new KafkaProperties();
        var template = EventsAutoConfiguration.outboxKafkaTemplate(kafka, properties.sendTimeout());
        Object deliveryTimeout = template.getProducerFactory().getConfigurationProperties().get("delivery.timeout.ms");
        assertThat(Duration.ofMillis(Long.parseLong(deliveryTimeout.toString()))).isLessThan(properties.sendTimeout());

        kafka.getProducer().getProperties().put("delivery.timeout.ms", "120000");
        assertThatIllegalStateException()
                .isThrownBy(() -> EventsAutoConfiguration.outboxKafkaTemplate(kafka, Duration.ofSeconds(30)))
                .withMessageContaining("delivery.timeout.ms");
    }

    private OutboxRelay relay() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(broker.getBrokersAsString()));
        return new OutboxRelay(mongo, EventsAutoConfiguration.outboxKafkaTemplate(kafka, properties.sendTimeout()),
                properties, clock, meters);
    }

    private CloudEvent completed(String id, String note) {
        return CloudEvent.of(id, "a-" + id, clock.instant(),
                new TaskCompleted("a-" + id, "p", "u", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20), note, null));
    }

    private static List<String> publishedIds() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(consumer.partitionsFor(Topic.PLAN_TASKS.topicName()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
            List<String> ids = new ArrayList<>();
            // generous: on a loaded machine the first metadata round alone can take several seconds
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ids.size() < 6 && System.nanoTime() < until) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.add(new String(record.headers().lastHeader(CloudEventHeaders.ID).value()));
                }
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> ids.add(new String(r.headers().lastHeader(CloudEventHeaders.ID).value())));
            return ids;
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
