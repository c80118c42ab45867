package vn.congdoan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document and the catalogue in code describe the same events. */
class EventCatalogueTest {

    private final JsonNode asyncApi = read("asyncapi.yaml", new YAMLMapper());

    @Test
    void everyEventTypeIsAMessageOfItsTopicsChannel() {
        for (EventType type : EventType.values()) {
            List<String> messageNames = messagesOfChannel(type.topic().topicName());
            assertThat(messageNames).as("messages of %s", type.topic().topicName()).contains(type.ceType());
        }
    }

    @Test
    void everyMessageInTheDocumentIsInTheCatalogue() {
        Set<String> inCode = java.util.Arrays.stream(EventType.values()).map(EventType::ceType).collect(Collectors.toSet());
        List<String> inDocument = new ArrayList<>();
        asyncApi.get("components").get("messages").forEach(m -> inDocument.add(m.get("name").asString()));
        assertThat(inDocument).containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    void everyPayloadSchemaExistsAndNamesItsRecord() {
        for (EventType type : EventType.values()) {
            JsonNode schema = read(type.schemaResource(), new ObjectMapper());
            assertThat(schema.get("title").asString()).isEqualTo(type.payloadType().getSimpleName());
            List<String> required = new ArrayList<>();
            schema.get("required").forEach(r -> required.add(r.asString()));
            List<String> components = java.util.Arrays.stream(type.payloadType().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList();
            assertThat(components).as("record components of %s", type).containsAll(required);
            schema.get("properties").propertyNames().forEach(p -> assertThat(components).contains(p));
        }
    }

    @Test
    void everyTopicHasOneChannelAndOneProducer() {
        Map<String, String> channels = new java.util.HashMap<>();
        asyncApi.get("channels").properties().forEach(e -> channels.put(e.getValue().get("address").asString(), e.getKey()));
        for (Topic topic : Topic.values()) {
            if (java.util.Arrays.stream(EventType.values()).anyMatch(t -> t.topic() == topic)) {
                assertThat(channels).containsKey(topic.topicName());
            }
        }
    }

    private List<String> messagesOfChannel(String address) {
        List<String> names = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> {
            if (channel.get("address").asString().equals(address)) {
                channel.get("messages").forEach(ref -> {
                    String pointer = ref.get("$ref").asString().substring(1);
                    names.add(asyncApi.at(pointer).get("name").asString());
                });
            }
        });
        return names;
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
