package vn.congdoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.events.EventSchemas;

/**
 * Checks that a record a service actually emitted is what the catalogue promises: binary-mode
 * CloudEvents headers, a catalogued type on its own topic, the aggregate id as key and subject,
 * and a payload valid against the type's JSON Schema. A mismatch fails the build.
 */
public final class ContractAssertions {
    private ContractAssertions() {
    }

    public static EventType assertConformsToCatalogue(ConsumerRecord<String, byte[]> record) {
        String ceType = KafkaProbe.header(record, CloudEventHeaders.TYPE);
        EventType type = EventType.ofCeType(ceType).orElse(null);
        assertThat(type).as("ce_type %s is in the catalogue", ceType).isNotNull();
        assertThat(record.topic()).as("topic of %s", ceType).isEqualTo(type.topic().topicName());
        assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).as("ce_id").isNotBlank();
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).as("ce_source").startsWith("/");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(Instant.parse(KafkaProbe.header(record, CloudEventHeaders.TIME))).as("ce_time").isNotNull();
        assertThat(KafkaProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).as("ce_subject is the key").isEqualTo(record.key());
        assertThat(EventSchemas.violations(type, KafkaProbe.value(record)))
                .as("%s payload against its schema: %s", ceType, KafkaProbe.value(record)).isEmpty();
        return type;
    }
}
