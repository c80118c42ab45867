package vn.congdoan.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Failure handling for every consumer binding of every service, in one place. The binder's own
 * retry and dead-lettering are off ({@link #retryAndDlqInBinding}); each listener container gets
 * a {@link DefaultErrorHandler} that, by {@link ConsumerFailures}:
 * <ul>
 * <li>retries a passing failure (MongoDB unreachable, a timeout) for as long as it lasts, backing
 * off up to {@code maxBackOff}; the record is fetched again, its offset is not committed, nothing
 * is dead-lettered, and the partition waits (so per-key order holds);</li>
 * <li>dead-letters a record that can never succeed at once;</li>
 * <li>tries any other failure {@code attempts} times, then dead-letters it.</li>
 * </ul>
 * A dead-lettered record keeps its value and headers ({@code ce_id} among them, so a replay is
 * deduplicated) and gains {@code x-exception-message} (the reason), {@code x-exception-fqcn},
 * {@code x-original-topic}, {@code x-original-partition} and {@code x-original-offset}.
 */
class ConsumerErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer {
    static final String REASON = "x-exception-message";
    static final String EXCEPTION = "x-exception-fqcn";
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandling.class);

    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final int attempts;
    private final Duration maxBackOff;
    private final MeterRegistry meters;

    ConsumerErrorHandling(KafkaOperations<byte[], byte[]> deadLetters, int attempts, Duration maxBackOff, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.maxBackOff = maxBackOff;
        this.meters = meters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination = dlqDestinationResolver != null
                ? dlqDestinationResolver
                : (record, e) -> new TopicPartition(record.topic() + "." + group + ".dlq", -1);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters, destination);
        recoverer.setHeadersFunction(ConsumerErrorHandling::reasonHeaders);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, attempts - 1L));
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setBackOffFunction((record, e) -> ConsumerFailures.passing(e) ? untilItPasses(record, e) : null);
        ConsumerFailures.hopelessTypes().forEach(type -> handler.addNotRetryableExceptions(type));
        container.setCommonErrorHandler(handler);
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    /** Counted as {@code events.consumed.retried{topic}}: records held back by a passing failure. */
    private BackOff untilItPasses(ConsumerRecord<?, ?> record, Exception e) {
        meters.counter("events.consumed.retried", "topic", record.topic()).increment();
        log.debug("passing failure on {}-{}@{}, retrying: {}", record.topic(), record.partition(), record.offset(),
                ConsumerFailures.reason(e));
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(maxBackOff.toMillis());
        backOff.setMaxAttempts(Integer.MAX_VALUE);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    private static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        Headers headers = new RecordHeaders();
        add(headers, REASON, ConsumerFailures.reason(e));
        add(headers, EXCEPTION, NestedExceptionUtils.getMostSpecificCause(e).getClass().getName());
        add(headers, ORIGINAL_TOPIC, record.topic());
        add(headers, ORIGINAL_PARTITION, String.valueOf(record.partition()));
        add(headers, ORIGINAL_OFFSET, String.valueOf(record.offset()));
        log.warn("dead-lettered {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), ConsumerFailures.reason(e));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
