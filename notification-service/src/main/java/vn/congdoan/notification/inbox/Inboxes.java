package vn.congdoan.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * In-app inboxes: a recipient's (an officer's, or a unit's shared one) newest first with the
 * unread count, and marking read. Marking read is one atomic update, so it never overwrites what
 * the dispatcher wrote meanwhile.
 */
@Component
class Inboxes {
    private final Notifications notifications;
    private final MongoTemplate mongo;
    private final Clock clock;

    Inboxes(Notifications notifications, MongoTemplate mongo, Clock clock) {
        this.notifications = notifications;
        this.mongo = mongo;
        this.clock = clock;
    }

    record Inbox(List<InboxItem> items, long unread, long total, int page, int size) {
    }

    /** {@code link}: the web application's path of what the notification is about ("/reports/…"). */
    record InboxItem(String id, String kind, String title, String body, String assignmentId, String link,
                     String status, Instant createdAt, Instant readAt) {
        static InboxItem of(Notification n) {
            return new InboxItem(n.id(), n.kind().name(), n.title(), n.body(), n.data().assignmentId(),
                    MessageTemplates.path(n.data()), n.status().name(), n.createdAt(), n.readAt());
        }
    }

    Inbox page(String recipient, int page, int size) {
        var found = notifications.findByRecipientAndChannelOrderByCreatedAtDesc(recipient, ChannelType.IN_APP,
                PageRequest.of(page, size));
        return new Inbox(found.getContent().stream().map(InboxItem::of).toList(),
                notifications.countByRecipientAndChannelAndReadAtIsNull(recipient, ChannelType.IN_APP),
                found.getTotalElements(), page, size);
    }

    /** An in-app notification by id; a notification of another channel is not in any inbox. */
    Optional<Notification> find(String id) {
        return notifications.findById(id).filter(n -> n.channel() == ChannelType.IN_APP);
    }

    /** Marks it read unless it already was (the first reading is kept). */
    InboxItem markRead(Notification notification) {
        mongo.updateFirst(unread(Criteria.where("_id").is(notification.id())), read(), Notification.class);
        return notifications.findById(notification.id()).map(InboxItem::of).orElse(InboxItem.of(notification));
    }

    /** Marks every unread notification of the recipient's inbox read; how many were. */
    long markAllRead(String recipient) {
        return mongo.updateMulti(unread(Criteria.where("recipient").is(recipient)), read(), Notification.class)
                .getModifiedCount();
    }

    private static Query unread(Criteria which) {
        return Query.query(which.and("channel").is(ChannelType.IN_APP.name()).and("readAt").is(null));
    }

    private Update read() {
        return new Update().set("readAt", clock.instant()).set("status", Notification.Status.READ.name());
    }
}
