package vn.congdoan.events.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;

import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.web.NotFoundException;

/**
 * Reads this service's dead-letter topics and replays a record to the topic it came from. The
 * replayed record is the original one: same key, value and CloudEvents headers ({@code ce_id}
 * above all), without the dead-letter headers; consumers deduplicate on {@code ce_id}, so replaying
 * a record twice, or one that was processed meanwhile, changes nothing.
 */
public class DeadLetters {
    static final String REASON = "x-exception-message";
    static final String EXCEPTION = "x-exception-fqcn";
    static final String ORIGINAL_TOPIC = "x-original-topic";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final DeadLetterTopics topics;
    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final KafkaOperations<byte[], byte[]> producer;

    DeadLetters(DeadLetterTopics topics, Supplier<Consumer<byte[], byte[]>> consumers, KafkaOperations<byte[], byte[]> producer) {
        this.topics = topics;
        this.consumers = consumers;
        this.producer = producer;
    }

    /** Up to {@code limit} records of {@code topic} from {@code fromOffset} on, every partition, oldest first. */
    public List<DeadLetter> list(String topic, long fromOffset, int limit) {
        requireKnown(topic);
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, WAIT);
            if (fromOffset <= 0) {
                consumer.seekToBeginning(partitions);
            } else {
                partitions.forEach(p -> consumer.seek(p, fromOffset));
            }
            List<DeadLetter> found = new ArrayList<>();
            long until = System.nanoTime() + WAIT.toNanos();
            while (found.size() < limit && System.nanoTime() < until
                    && partitions.stream().anyMatch(p -> consumer.position(p, WAIT) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> found.add(DeadLetter.of(r)));
            }
            return found.stream().limit(limit).toList();
        }
    }

    /** Sends the dead-lettered record at {@code partition}/{@code offset} of {@code topic} back to its original topic. */
    public DeadLetter replay(String topic, int partition, long offset) {
        requireKnown(topic);
        ConsumerRecord<byte[], byte[]> record = read(new TopicPartition(topic, partition), offset);
        String original = text(record.headers(), ORIGINAL_TOPIC);
        if (original == null) {
            original = topic.substring(0, topic.indexOf('.', topic.indexOf('.') + 1));
        }
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt-")) {
                headers.add(header);
            }
        }
        try {
            producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers))
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the replayed record: " + e.getMessage(), e);
        }
        return DeadLetter.of(record);
    }

    private ConsumerRecord<byte[], byte[]> read(TopicPartition partition, long offset) {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long until = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    if (record.offset() > offset) {
                        break;
                    }
                }
            }
        }
        throw new NotFoundException("dead letter", partition + "@" + offset);
    }

    private void requireKnown(String topic) {
        if (!topics.contains(topic)) {
            throw new NotFoundException("dead-letter topic", topic);
        }
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A dead-lettered record as an operator reads it: where it is, what it was, and why it failed. */
    public record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt, String key, String ceId,
                             String ceType, String originalTopic, String reason, String exception, String value) {

        static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
            Headers headers = record.headers();
            return new DeadLetter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                    record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                    text(headers, CloudEventHeaders.ID), text(headers, CloudEventHeaders.TYPE), text(headers, ORIGINAL_TOPIC),
                    text(headers, REASON), text(headers, EXCEPTION),
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
        }
    }
}
