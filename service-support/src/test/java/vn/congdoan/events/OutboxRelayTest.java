package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

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
        OutboxRelay relay = new OutboxRelay(mongo, EventsAutoConfiguration.outboxKafkaTemplate(kafka),
                new EventsProperties(500, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofDays(7), 6, (short) 1,
                        Duration.ofMinutes(2)), clock, new SimpleMeterRegistry());

        long started = System.nanoTime();
        int published = relay.relayBatch();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(published).isZero();
        assertThat(took).as("one refusal (max.block.ms 1 s), not one per record").isLessThan(Duration.ofSeconds(15));
        assertThat(mongo.estimatedCount(Outbox.PENDING)).isEqualTo(20);
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
