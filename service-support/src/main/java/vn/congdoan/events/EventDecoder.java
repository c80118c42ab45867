package vn.congdoan.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.contracts.EventType;
import vn.congdoan.web.SafeId;

/**
 * Turns a Kafka record into an {@link IncomingEvent}. A type this build does not know (a newer
 * producer's additive type) is skipped, not failed; a record that breaks the contract (including
 * a {@code ce_source} other than the one service that publishes the type's topic, or a
 * {@code ce_id} outside {@link SafeId}'s alphabet) throws
 * {@link MalformedEventException} and is dead-lettered.
 */
public class EventDecoder {
    private static final int MAX_ID_LENGTH = 512;
    private final JsonMapper json;

    public EventDecoder(JsonMapper json) {
        this.json = json;
    }

    /**
     * The body of a functional binding: decodes each record and hands {@code handler} those whose
     * payload belongs to {@code family}; other types on the topic are skipped.
     */
    @SuppressWarnings("unchecked")
    public <T> Consumer<Message<byte[]>> consumer(Class<T> family, Consumer<IncomingEvent<? extends T>> handler) {
        return message -> decode(message).filter(event -> family.isInstance(event.payload()))
                .ifPresent(event -> handler.accept((IncomingEvent<? extends T>) event));
    }

    public Optional<IncomingEvent<?>> decode(Message<byte[]> message) {
        String ceType = required(message, CloudEventHeaders.TYPE);
        Optional<EventType> type = EventType.ofCeType(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String id = required(message, CloudEventHeaders.ID);
        if (id.length() > MAX_ID_LENGTH || !SafeId.PATTERN.matcher(id).matches()) {
            throw new MalformedEventException(ceType + " has a ce_id outside the safe alphabet " + SafeId.ALPHABET
                    + " (or longer than " + MAX_ID_LENGTH + "): " + CloudEventHeaders.ID + " refused");
        }
        String source = required(message, CloudEventHeaders.SOURCE);
        String publisher = "/" + type.get().topic().producer();
        if (!publisher.equals(source)) {
            throw new MalformedEventException(ceType + " " + required(message, CloudEventHeaders.ID) + " comes from ce_source "
                    + source + ", but only " + publisher + " publishes " + type.get().topic().topicName());
        }
        String body = new String(message.getPayload(), StandardCharsets.UTF_8);
        List<String> violations = violations(type.get(), body);
        if (!violations.isEmpty()) {
            throw new MalformedEventException(ceType + " " + required(message, CloudEventHeaders.ID)
                    + " breaks its schema: " + String.join("; ", violations));
        }
        return Optional.of(new IncomingEvent<>(required(message, CloudEventHeaders.ID), type.get(),
                source, text(message, CloudEventHeaders.SUBJECT),
                time(message), json.readValue(body, type.get().payloadType())));
    }

    private static List<String> violations(EventType type, String body) {
        try {
            return EventSchemas.violations(type, body);
        } catch (RuntimeException notJson) {
            return List.of("not JSON: " + notJson.getMessage());
        }
    }

    private static Instant time(Message<byte[]> message) {
        String time = required(message, CloudEventHeaders.TIME);
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 time: " + time);
        }
    }

    private static String required(Message<byte[]> message, String header) {
        String value = text(message, header);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + header);
        }
        return value;
    }

    private static String text(Message<byte[]> message, String header) {
        return CloudEventHeaders.text(message.getHeaders(), header);
    }

}
