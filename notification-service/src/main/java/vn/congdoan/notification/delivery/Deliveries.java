package vn.congdoan.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations;
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

    /**
     * Claims the due entries' next attempts in a handful of bulk writes, whatever the batch size:
     * takes the attempts in the queue, reads the notifications by key, and marks each with its
     * attempt and lease. Returns the notifications this dispatcher now holds, attempts counted; an
     * entry another dispatcher took, or whose notification has nothing left to deliver, is left out.
     * So is an attempt the notification has had already: a dispatcher that read the queue just
     * before another took the entry, and inserts the attempt's key after the other has made the
     * attempt and removed it (failed for good, not yet marked), must not make it again.
     */
    List<Notification> claim(List<DeliveryQueue.Entry> due, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        List<DeliveryQueue.Entry> taken = queue.takeAll(due, until);
        if (taken.isEmpty()) {
            return List.of();
        }
        Map<String, Notification> stored = mongo.find(Query.query(Criteria.where("_id")
                .in(taken.stream().map(DeliveryQueue.Entry::notificationId).toList())), Notification.class).stream()
                .collect(Collectors.toMap(Notification::id, n -> n));
        List<Notification> claimed = new ArrayList<>(taken.size());
        List<DeliveryQueue.Entry> finished = new ArrayList<>();
        List<Notification> sentBeforeCrash = new ArrayList<>();
        for (DeliveryQueue.Entry attempt : taken) {
            Notification notification = stored.get(attempt.notificationId());
            if (notification != null && notification.status() == Notification.Status.PENDING
                    && notification.attempts() < attempt.attempts()) {
                claimed.add(notification.attempt(attempt.attempts(), until));
            } else {
                finished.add(attempt);
                if (notification != null && notification.status() == Notification.Status.SENT) {
                    sentBeforeCrash.add(notification);
                }
            }
        }
        outbox.stageAll(sentBeforeCrash.stream().map(n -> delivered(n, n.sentAt())).toList());
        queue.removeEntries(finished);
        if (!claimed.isEmpty()) {
            BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
            claimed.forEach(n -> marks.updateOne(byId(n.id()), new Update().set("nextAttemptAt", until).set("attempts", n.attempts())));
            marks.execute();
        }
        return claimed;
    }

    /**
     * Records that the channel took the notifications: stages their {@code NotificationDelivered}
     * events, marks them SENT and removes their attempts from the queue, each step one bulk write.
     */
    void sent(List<Notification> claimed, Instant at) {
        if (claimed.isEmpty()) {
            return;
        }
        outbox.stageAll(claimed.stream().map(n -> delivered(n, at)).toList());
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        Update sent = new Update().set("status", Notification.Status.SENT.name()).set("sentAt", at).unset("failureReason");
        claimed.forEach(n -> marks.updateOne(byId(n.id()), sent));
        marks.execute();
        queue.removeAll(claimed);
        claimed.stream().collect(Collectors.groupingBy(Notification::channel, Collectors.counting()))
                .forEach((channel, count) -> meters.counter("notifications.delivered", "channel", channel.name(),
                        "outcome", "sent").increment(count));
    }

    /**
     * Marks notifications SENT the moment their message has gone, one write, before the next
     * message is handed over: a dispatcher killed later does not send them again. Their event,
     * queue entry and count follow in {@link #sent} for the batch (or, after a crash, in
     * {@link #claim}, which stages the event of a SENT notification it finds still queued).
     */
    void markSent(List<Notification> delivered, Instant at) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(delivered.stream().map(Notification::id).toList())),
                new Update().set("status", Notification.Status.SENT.name()).set("sentAt", at).unset("failureReason"),
                Notification.class);
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

    private static CloudEvent delivered(Notification n, Instant at) {
        return CloudEvent.of("delivered:" + n.id(), n.id(), at, new NotificationDelivered(
                n.id(), n.eventId(), n.kind().name(), n.recipient(), n.unitId(), n.channel().name(), n.attempts(), at));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
