package vn.congdoan.events;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event stored in the service's own database: waiting for the relay in {@value Outbox#PENDING},
 * and logged in {@value Outbox#LOG}. Its {@code _id} is the CloudEvents id, so staging the same
 * event twice is a duplicate key, not a second event.
 */
@Document(Outbox.PENDING)
record OutboxRecord(@Id String id, String topic, String key, String type, String source, String subject,
                    Instant time, String payload, Status status, Instant stagedAt, Instant publishedAt) {

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    OutboxRecord published(Instant at) {
        return new OutboxRecord(id, topic, key, type, source, subject, time, payload, Status.PUBLISHED, stagedAt, at);
    }

    OutboxRecord parked() {
        return new OutboxRecord(id, topic, key, type, source, subject, time, payload, Status.PARKED, stagedAt, null);
    }

    enum Status { PENDING, PUBLISHED, PARKED }
}
