package vn.congdoan.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.contracts.notification.NotificationDelivered;
import vn.congdoan.contracts.notification.NotificationFailed;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;

/**
 * The delivery state of notifications. Which attempt is whose lives in the {@link DeliveryQueue}:
 * a claim takes the notification's next attempt there (one dispatcher only), then marks the
 * notification with the attempt and the lease by key. A dispatcher whose lease ran out and was
 * taken over no longer holds its attempt's entry, so it cannot record a retry or a failure over
 * the newer claim; a message it did send is recorded as sent. Outcomes are counted as
 * {@code notifications.delivered}.
 * <p>
 * A final outcome is published as {@code notification.deliveries} through the outbox, staged
 * before the notification is marked: a crash in between re-delivers the notification and stages
 * the same event id again, which is a no-op, so the event is never lost.
 */
class Deliveries {
    private final MongoTemplate mongo;
    private final DeliveryQueue queue;
    private final Outbox outbox;
    private final MeterRegistry meters;

    Deliveries(MongoTemplate mongo, DeliveryQueue queue, Outbox outbox, MeterRegistry meters) {
        this.mongo = mongo;
        this.queue = queue;
        this.outbox = outbox;
        this.meters = meters;
    }

    List<DeliveryQueue.Entry> due(Instant now, int limit) {
        return queue.due(now, limit);
    }

    /** The notification with its attempt counted, or empty when another dispatcher has it or nothing is left to deliver. */
    Optional<Notification> claim(DeliveryQueue.Entry due, Instant now, Duration lease) {
        if (!queue.take(due, now.plus(lease))) {
            return Optional.empty();
        }
        int attempts = due.attempts() + 1;
        Notification stored = mongo.findById(due.notificationId(), Notification.class);
        if (stored == null || stored.status() != Notification.Status.PENDING) {
            queue.remove(due.notificationId(), attempts);
            return Optional.empty();
        }
        Update take = new Update().set("nextAttemptAt", now.plus(lease)).set("attempts", attempts);
        return Optional.of(mongo.findAndModify(byId(stored.id()), take, FindAndModifyOptions.options().returnNew(true),
                Notification.class));
    }

    void sent(Notification claimed, Instant at) {
        outbox.stage(CloudEvent.of("delivered:" + claimed.id(), claimed.id(), at, new NotificationDelivered(claimed.id(),
                claimed.eventId(), claimed.kind().name(), claimed.recipient(), claimed.unitId(), claimed.channel().name(),
                claimed.attempts(), at)));
        mongo.updateFirst(byId(claimed.id()), new Update().set("status", Notification.Status.SENT.name()).set("sentAt", at)
                .unset("failureReason"), Notification.class);
        queue.remove(claimed.id(), claimed.attempts());
        count(claimed, "sent");
    }

    void retryLater(Notification claimed, Instant next, String reason) {
        if (queue.reschedule(claimed.id(), claimed.attempts(), next)) {
            mongo.updateFirst(byId(claimed.id()), new Update().set("nextAttemptAt", next).set("failureReason", reason),
                    Notification.class);
        }
        count(claimed, "retry");
    }

    void failed(Notification claimed, String reason, Instant at) {
        outbox.stage(CloudEvent.of("failed:" + claimed.id(), claimed.id(), at, new NotificationFailed(claimed.id(),
                claimed.eventId(), claimed.kind().name(), claimed.recipient(), claimed.unitId(), claimed.channel().name(),
                claimed.attempts(), reason, at)));
        if (queue.remove(claimed.id(), claimed.attempts())) {
            mongo.updateFirst(byId(claimed.id()), new Update().set("status", Notification.Status.FAILED.name())
                    .set("failureReason", reason), Notification.class);
        }
        count(claimed, "failed");
    }

    private void count(Notification claimed, String outcome) {
        meters.counter("notifications.delivered", "channel", claimed.channel().name(), "outcome", outcome).increment();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
