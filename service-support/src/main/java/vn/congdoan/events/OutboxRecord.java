package vn.congdoan.events;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event stored in the service's own database, waiting for the relay. Its {@code _id} is the
 * CloudEvents id, so staging the same event twice is a duplicate key, not a second event.
 */
@Document("outbox")
record OutboxRecord(@Id String id, String topic, String key, String type, String source, String subject,
                    Instant time, String payload, @Indexed Status status, Instant stagedAt, Instant publishedAt) {

    enum Status { PENDING, PUBLISHED }
}
