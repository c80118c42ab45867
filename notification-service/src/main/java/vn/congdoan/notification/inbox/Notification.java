package vn.congdoan.notification.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message for one recipient on one channel. Its id is derived from the event id, the
 * recipient and the channel, so a redelivered event finds its notification already there.
 */
@Document("notifications")
@CompoundIndex(name = "inbox", def = "{'unitId': 1, 'createdAt': -1}")
public record Notification(@Id String id, String eventId, String kind, String unitId, String channel,
                           String title, String body, String subjectId, Instant createdAt, Instant readAt) {

    public static String idOf(String eventId, String recipient, String channel) {
        return eventId + "|" + recipient + "|" + channel;
    }

    Notification read(Instant at) {
        return readAt != null ? this : new Notification(id, eventId, kind, unitId, channel, title, body, subjectId, createdAt, at);
    }
}
