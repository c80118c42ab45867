package vn.congdoan.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;

/**
 * Plays another service: sends records to this JVM's broker, well-formed CloudEvents or any
 * bytes a test needs (to prove that a poison record is dead-lettered).
 */
public final class TestProducer implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;

    private TestProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    public static TestProducer open() {
        return new TestProducer();
    }

    /** Sends a binary-mode CloudEvent of {@code type} on its catalogue topic and waits for the broker. */
    public void sendEvent(EventType type, String id, String key, String json) {
        send(type.topic().topicName(), key, json.getBytes(StandardCharsets.UTF_8), cloudEventHeaders(type.ceType(), id, key));
    }

    public void send(String topic, String key, byte[] value, RecordHeaders headers) {
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Headers as the type's publisher sends them ({@code ce_source} is that service, as consumers require). */
    public static RecordHeaders cloudEventHeaders(String ceType, String id, String subject) {
        RecordHeaders headers = new RecordHeaders();
        String source = EventType.ofCeType(ceType).map(type -> "/" + type.topic().producer()).orElse("/test");
        Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.SOURCE, source, CloudEventHeaders.TYPE, ceType,
                CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.TIME, TestClock.now().toString(),
                CloudEventHeaders.SUBJECT, subject, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    @Override
    public void close() {
        producer.close();
    }
}
