package vn.congdoan.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.officer.OfficerScope;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

/**
 * In-app inboxes, newest first with the unread count: each officer's own, and each unit's shared
 * one (every notification addressed to the unit, whether or not it has officers yet).
 */
@RestController
@Validated
class InboxController {
    private final Notifications notifications;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final OfficerScope officers;
    private final UnitScope units;

    InboxController(Notifications notifications, MongoTemplate mongo, Clock clock, OfficerScope officers, UnitScope units) {
        this.notifications = notifications;
        this.mongo = mongo;
        this.clock = clock;
        this.officers = officers;
        this.units = units;
    }

    /** The notifications addressed to the signed-in officer: theirs alone. */
    @GetMapping("/api/officers/{officerId}/notifications")
    Inbox officerInbox(@PathVariable String officerId, @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        officers.self(officerId);
        return inbox(officerId, page, size);
    }

    /** The unit's shared inbox: its own officers'. */
    @GetMapping("/api/units/{unitId}/notifications")
    Inbox unitInbox(@PathVariable String unitId, @RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        units.requireOwn(unitId);
        return inbox(Notification.unitInbox(unitId), page, size);
    }

    /** One of the caller's notifications, or of their unit's inbox; any other does not exist for them. */
    @PostMapping("/api/notifications/{id}/read")
    InboxItem markRead(@PathVariable String id) {
        Notification notification = notifications.findById(id).filter(n -> n.channel() == ChannelType.IN_APP)
                .filter(this::addressedToCaller).orElseThrow(() -> new NotFoundException("in-app notification", id));
        Query unread = Query.query(Criteria.where("_id").is(id).and("channel").is(ChannelType.IN_APP.name())
                .and("readAt").is(null));
        mongo.updateFirst(unread, read(clock.instant()), Notification.class);
        return notifications.findById(id).map(InboxItem::of).orElse(InboxItem.of(notification));
    }

    private boolean addressedToCaller(Notification notification) {
        String unit = units.caller().unit() == null ? null : units.caller().unit().id();
        return (unit != null && notification.recipient().equals(Notification.unitInbox(unit)))
                || officers.isSelf(notification.recipient());
    }

    @PostMapping("/api/officers/{officerId}/notifications/read")
    ReadAll markAllRead(@PathVariable String officerId) {
        officers.self(officerId);
        return readAll(officerId);
    }

    @PostMapping("/api/units/{unitId}/notifications/read")
    ReadAll markUnitInboxRead(@PathVariable String unitId) {
        units.requireOwn(unitId);
        return readAll(Notification.unitInbox(unitId));
    }

    private Inbox inbox(String recipient, int page, int size) {
        var found = notifications.findByRecipientAndChannelOrderByCreatedAtDesc(recipient, ChannelType.IN_APP,
                PageRequest.of(page, size));
        return new Inbox(found.getContent().stream().map(InboxItem::of).toList(),
                notifications.countByRecipientAndChannelAndReadAtIsNull(recipient, ChannelType.IN_APP),
                found.getTotalElements(), page, size);
    }

    private ReadAll readAll(String recipient) {
        Instant now = clock.instant();
        Query unread = Query.query(Criteria.where("recipient").is(recipient).and("channel").is(ChannelType.IN_APP.name())
                .and("readAt").is(null));
        return new ReadAll(mongo.updateMulti(unread, read(now), Notification.class).getModifiedCount());
    }

    /** One atomic update, so marking read never overwrites what the dispatcher wrote meanwhile. */
    private static Update read(Instant at) {
        return new Update().set("readAt", at).set("status", Notification.Status.READ.name());
    }

    record Inbox(List<InboxItem> items, long unread, long total, int page, int size) {
    }

    record InboxItem(String id, String kind, String title, String body, String assignmentId, String status,
                     Instant createdAt, Instant readAt) {
        static InboxItem of(Notification n) {
            return new InboxItem(n.id(), n.kind().name(), n.title(), n.body(), n.data().assignmentId(),
                    n.status().name(), n.createdAt(), n.readAt());
        }
    }

    record ReadAll(long marked) {
    }
}
