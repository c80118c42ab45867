package vn.congdoan.events;

import java.time.Instant;
import java.util.Objects;

import vn.congdoan.contracts.EventType;

/**
 * One event on its way out: CloudEvents attributes, the record key and the payload record.
 * {@code id} must be deterministic where the event is (the reminder for one assignment, date and
 * offset has one id however often it is derived), because consumers deduplicate on it.
 */
public record CloudEvent(String id, EventType type, String subject, String key, Instant time, Object payload) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.ceType() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
    }

    /** An event about the aggregate {@code aggregateId}, which is both the key and the subject. */
    public static CloudEvent of(String id, String aggregateId, Instant time, Object payload) {
        return new CloudEvent(id, EventType.ofPayload(payload.getClass()), aggregateId, aggregateId, time, payload);
    }
}
