package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.time.ServiceClock;

/**
 * The relay with the broker away (nothing listens on its port): a run ends after one refused
 * record instead of waiting once per record, and every event stays pending, in order, for later.
 */
class OutboxRelayTest {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server));
    private final MongoTemplate mongo = new MongoTemplate(client, "relay-test");
    private final Clock clock = ServiceClock.startingAt(Instant.parse("2026-06-15T09:00:00+07:00"));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void withTheBrokerAwayARunEndsAfterOneRefusalAndLosesNothing() throws IOException {
        Outbox outbox = new Outbox(mongo, JsonMapper.builder().build(), "/test", clock);
        outbox.stageAll(IntStream.range(0, 20).mapToObj(i -> CloudEvent.of("completed-" + i, "a-" + i, clock.instant(),
                new TaskCompleted("a-" + i, "p", "u", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20), null, null)))
                .toList());
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("127.0.0.1:" + closedPort()));
        kafka.getProducer().getProperties().put("max.block.ms", "1000");
        kafka.getProducer().getProperties().put("interceptor.classes", CountingSends.class.getName());
        CountingSends.sends.set(0);
        OutboxRelay relay = new OutboxRelay(mongo, EventsAutoConfiguration.outboxKafkaTemplate(kafka, Duration.ofSeconds(30)),
                new EventsProperties(500, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofDays(7), 6, (short) 1,
                        Duration.ofMinutes(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(10)), clock, new SimpleMeterRegistry());

        int published = relay.relayBatch();

        assertThat(published).isZero();
        assertThat(CountingSends.sends).as("one refusal (each waits max.block.ms), not one per record").hasValue(1);
        assertThat(mongo.estimatedCount(Outbox.PENDING)).isEqualTo(20);
    }

    @Test
    void anEventStagedAgainAfterItWasPublishedIsNeverSentTwice() throws IOException {
        Outbox outbox = new Outbox(mongo, JsonMapper.builder().build(), "/test", clock);
        CloudEvent event = CloudEvent.of("verdict-1", "a-1", clock.instant(),
                new TaskCompleted("a-1", "p", "u", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20), null, null));
        outbox.stage(event);
        OutboxRecord published = mongo.findById("verdict-1", OutboxRecord.class, Outbox.PENDING).published(clock.instant());
        mongo.save(published, Outbox.LOG);
        OutboxRecord logged = mongo.findById("verdict-1", OutboxRecord.class, Outbox.LOG);
        mongo.remove(Outbox.byId("verdict-1"), OutboxRecord.class, Outbox.PENDING);
        // a second stage of the same event, caught between its pending insert and its take-back
        mongo.insert(outbox.toRecord(event), Outbox.PENDING);
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("127.0.0.1:" + closedPort()));
        kafka.getProducer().getProperties().put("max.block.ms", "1000");
        kafka.getProducer().getProperties().put("interceptor.classes", CountingSends.class.getName());
        CountingSends.sends.set(0);
        OutboxRelay relay = new OutboxRelay(mongo, EventsAutoConfiguration.outboxKafkaTemplate(kafka, Duration.ofSeconds(30)),
                new EventsProperties(500, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofDays(7), 6, (short) 1,
                        Duration.ofMinutes(2), Duration.ofSeconds(10), 3, Duration.ofSeconds(10)), clock, new SimpleMeterRegistry());

        assertThat(relay.relayBatch()).isEqualTo(1);

        assertThat(CountingSends.sends).as("nothing handed to the producer").hasValue(0);
        assertThat(mongo.estimatedCount(Outbox.PENDING)).isZero();
        assertThat(mongo.findById("verdict-1", OutboxRecord.class, Outbox.LOG)).isEqualTo(logged);
    }

    /** Counts the records handed to the producer (called before it waits for the broker's metadata). */
    public static class CountingSends implements ProducerInterceptor<Object, Object> {
        static final AtomicInteger sends = new AtomicInteger();

        @Override
        public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
            sends.incrementAndGet();
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
