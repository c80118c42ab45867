package vn.congdoan.events.deadletter;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** Dead-letter operations for every service that consumes: counts, health, list and replay. */
@AutoConfiguration
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterTopics deadLetterTopics(BindingServiceProperties bindings) {
        return DeadLetterTopics.of(bindings);
    }

    @Bean(destroyMethod = "close")
    Admin deadLetterAdmin(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        return Admin.create(config);
    }

    @Bean
    DeadLetterMonitor deadLetters(Admin deadLetterAdmin, DeadLetterTopics topics, MeterRegistry meters) {
        return new DeadLetterMonitor(deadLetterAdmin, topics, meters);
    }

    @Bean
    DeadLetters deadLetterReplay(KafkaProperties kafka, DeadLetterTopics topics) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        return new DeadLetters(topics, () -> new KafkaConsumer<>(consumer),
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer)));
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters, DeadLetterMonitor monitor) {
        return new DeadLetterController(deadLetters, monitor);
    }
}
