package vn.congdoan.notification.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The yardstick: a bare consumer reads records and a bare producer copies them, nothing else. */
final class RawKafka {
    private RawKafka() {
    }

    record Result(long records, double seconds) {
        double rate() {
            return records / seconds;
        }
    }

    static Result copy(String bootstrap, String topic, int records) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     bootstrap, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                     new StringSerializer(), new ByteArraySerializer())) {
            consumer.subscribe(java.util.List.of(topic));
            long started = System.nanoTime();
            long copied = 0;
            while (copied < records) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    producer.send(new ProducerRecord<>(topic + ".raw-copy", null, record.key(), record.value(), record.headers()));
                    copied++;
                }
                consumer.commitSync();
            }
            producer.flush();
            return new Result(copied, (System.nanoTime() - started) / 1e9);
        }
    }
}
