package vn.congdoan.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.Topic;
import vn.congdoan.time.ServiceClock;

/**
 * Gives every service the same event backbone: the outbox, its relay, the decoder for consumers,
 * a scheduler lock shared by all instances of the service, and the topics the service publishes.
 */
@AutoConfiguration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = SchedulerLocks.AT_MOST)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /**
     * The service's only source of the time: Viet Nam's (every date in the domain is a calendar date
     * there, docs/architecture.md §5), started where {@code congdoan.clock.start} says.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${" + ServiceClock.START_PROPERTY + ":}") String start) {
        return ServiceClock.of(start);
    }

    @Bean
    Outbox outbox(MongoTemplate mongo, JsonMapper json, Clock clock,
                  @Value("${spring.application.name}") String application) {
        return new Outbox(mongo, json, "/" + application, clock);
    }

    @Bean
    EventDecoder eventDecoder(JsonMapper json) {
        return new EventDecoder(json);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "congdoan.events.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafka, EventsProperties properties,
                            Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, outboxKafkaTemplate(kafka, properties.sendTimeout()), properties, clock, meters);
    }

    /** Retry and dead-lettering for every consumer binding (see {@link ConsumerErrorHandling}). */
    @Bean
    ConsumerErrorHandling consumerErrorHandling(KafkaProperties kafka, EventsProperties properties, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new ConsumerErrorHandling(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)),
                properties.consumerAttempts(), properties.consumerMaxBackOff(), meters);
    }

    /** Publishes what was staged before a shutdown, after the web server and the consumers stopped. */
    @Bean
    @ConditionalOnBooleanProperty(name = "congdoan.events.relay-enabled", matchIfMissing = true)
    OutboxDrain outboxDrain(OutboxRelay relay, MongoTemplate mongo, LockProvider lockProvider, Clock clock,
                            EventsProperties properties) {
        return new OutboxDrain(relay, mongo, lockProvider, clock, properties.shutdownDrain());
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(MongoTemplate mongo, Clock clock, EventsProperties properties) {
        return new OutboxHealthIndicator(mongo, clock, properties.staleAfter());
    }

    /**
     * Scheduler locks are taken and released on the service's clock, not the machine's: ShedLock
     * reads the time from its own static {@link ClockProvider}, so a lock written by one process
     * and judged by another (a restarted one, another instance) would otherwise compare two clocks.
     * Every lock is kept alive while its job runs, and lasts 30 s ({@link SchedulerLocks}).
     */
    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoTemplate mongo, Clock clock) {
        ClockProvider.setClock(clock);
        return new SchedulerLocks(new MongoLockProvider(mongo.getDb()));
    }

    /**
     * Every topic of the catalogue, created at start-up if missing, by every service and before its
     * binders subscribe. Were a consumer first, its binder would create the topic with one
     * partition; the producer's admin would then add the others, which the consumer only sees at
     * its next metadata refresh (minutes later), so records sent there would wait unread.
     */
    @Bean
    KafkaAdmin.NewTopics catalogueTopics(EventsProperties properties) {
        NewTopic[] topics = Arrays.stream(Topic.values())
                .map(topic -> newTopic(topic, properties))
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    private static NewTopic newTopic(Topic topic, EventsProperties properties) {
        TopicBuilder builder = TopicBuilder.name(topic.topicName())
                .partitions(properties.partitions()).replicas(properties.replicas());
        if (topic.compacted()) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }

    /**
     * The relay's producer: idempotent, every record acknowledged by all replicas, and (unless
     * {@code spring.kafka.producer.properties.max.block.ms} says otherwise) waiting at most 10 s
     * for a broker before refusing a record, so that a relay run ends soon when the broker is away.
     * <p>
     * The producer gives up on a record after {@code delivery.timeout.ms} (20 s here, Kafka's
     * default is 120 s), which must be shorter than the relay's acknowledgement wait
     * ({@code congdoan.events.send-timeout}): otherwise a slow broker makes the relay send a record
     * again while the producer is still retrying the first send. Start-up fails when it is not.
     */
    static KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafka, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        long deliveryTimeout = Long.parseLong(config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG).toString());
        if (sendTimeout.toMillis() <= deliveryTimeout) {
            throw new IllegalStateException("congdoan.events.send-timeout (" + sendTimeout.toMillis()
                    + " ms) must exceed the relay producer's delivery.timeout.ms (" + deliveryTimeout
                    + " ms), or the relay re-sends records the producer is still retrying");
        }
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }
}
