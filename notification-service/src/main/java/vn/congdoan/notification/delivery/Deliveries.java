package vn.congdoan.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
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
 * The delivery state of notifications, changed only by single-document atomic updates. A claim
 * is a findAndModify that pushes {@code nextAttemptAt} past a lease and counts the attempt; every
 * later transition matches that attempt count, so a dispatcher whose lease ran out and was taken
 * over cannot overwrite the newer claim. Outcomes are counted as {@code notifications.delivered}.
 * <p>
 * A final outcome is published as {@code notification.deliveries} through the outbox, staged
 * before the notification is marked: a crash in between re-delivers the notification and stages
 * the same event id again, which is a no-op, so the event is never lost.
 */
class Deliveries {
    private static final String PENDING = Notification.Status.PENDING.name();

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final MeterRegistry meters;

    Deliveries(MongoTemplate mongo, Outbox outbox, MeterRegistry meters) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.meters = meters;
    }

    List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(Criteria.where("status").is(PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, mongo.getCollectionName(Notification.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }

    Optional<Notification> claim(String id, Instant now, Duration lease) {
        Query stillDue = Query.query(Criteria.where("_id").is(id).and("status").is(PENDING).and("nextAttemptAt").lte(now));
        Update take = new Update().set("nextAttemptAt", now.plus(lease)).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(stillDue, take, FindAndModifyOptions.options().returnNew(true),
                Notification.class));
    }

    void sent(Notification claimed, Instant at) {
        outbox.stage(CloudEvent.of("delivered:" + claimed.id(), claimed.id(), at, new NotificationDelivered(claimed.id(),
                claimed.eventId(), claimed.kind().name(), claimed.recipient(), claimed.unitId(), claimed.channel().name(),
                claimed.attempts(), at)));
        transition(claimed, new Update().set("status", Notification.Status.SENT.name()).set("sentAt", at)
                .unset("failureReason"), "sent");
    }

    void retryLater(Notification claimed, Instant next, String reason) {
        transition(claimed, new Update().set("nextAttemptAt", next).set("failureReason", reason), "retry");
    }

    void failed(Notification claimed, String reason, Instant at) {
        outbox.stage(CloudEvent.of("failed:" + claimed.id(), claimed.id(), at, new NotificationFailed(claimed.id(),
                claimed.eventId(), claimed.kind().name(), claimed.recipient(), claimed.unitId(), claimed.channel().name(),
                claimed.attempts(), reason, at)));
        transition(claimed, new Update().set("status", Notification.Status.FAILED.name()).set("failureReason", reason),
                "failed");
    }

    private void transition(Notification claimed, Update update, String outcome) {
        Query mine = Query.query(Criteria.where("_id").is(claimed.id()).and("status").is(PENDING)
                .and("attempts").is(claimed.attempts()));
        mongo.updateFirst(mine, update, Notification.class);
        meters.counter("notifications.delivered", "channel", claimed.channel().name(), "outcome", outcome).increment();
    }
}
