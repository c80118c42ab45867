package vn.congdoan.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message for one recipient on one channel, and where its delivery stands. Its id is derived
 * from the event id, the recipient and the channel, so a redelivered event finds it already there.
 * The recipient is an officer id, or {@code unit:<unitId>} for a unit's shared inbox.
 * <p>
 * Delivery: PENDING until the dispatcher has handed it to its channel (SENT) or given up after
 * the last attempt (FAILED, with the reason); READ once the officer has opened it in the inbox.
 * {@code nextAttemptAt} is when the dispatcher may next take it: after quiet hours, after a
 * back-off, or after the lease of a dispatcher that took it and died; the {@link DeliveryQueue}
 * holds that time for the dispatcher. A {@code digest} notification
 * waits for the officer's daily digest and goes out in one message with the others of that day.
 */
@Document("notifications")
@CompoundIndex(name = "inbox", def = "{'recipient': 1, 'createdAt': -1}")
public record Notification(@Id String id, String eventId, NotificationKind kind, String unitId, String recipient,
                           ChannelType channel, String address, String language, String title, String body,
                           NotificationData data, Status status, int attempts, Instant nextAttemptAt,
                           String failureReason, Instant createdAt, Instant sentAt, Instant readAt,
                           boolean digest) {

    public enum Status {
        PENDING, SENT, FAILED, READ
    }

    private static final String UNIT_INBOX = "unit:";

    public static String idOf(String eventId, String recipient, ChannelType channel) {
        return eventId + "|" + recipient + "|" + channel;
    }

    /** The recipient that stands for a unit's shared inbox. */
    public static String unitInbox(String unitId) {
        return UNIT_INBOX + unitId;
    }

    /** This notification as its attempt number {@code attempt} holds it, until {@code until}. */
    Notification attempt(int attempt, Instant until) {
        return new Notification(id, eventId, kind, unitId, recipient, channel, address, language, title, body, data,
                status, attempt, until, failureReason, createdAt, sentAt, readAt, digest);
    }

    public Notification read(Instant at) {
        return readAt != null ? this : new Notification(id, eventId, kind, unitId, recipient, channel, address, language,
                title, body, data, Status.READ, attempts, nextAttemptAt, failureReason, createdAt, sentAt, at, digest);
    }
}
