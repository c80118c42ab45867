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

/**
 * The delivery state of notifications, changed only by single-document atomic updates. A claim
 * is a findAndModify that pushes {@code nextAttemptAt} past a lease and counts the attempt; every
 * later transition matches that attempt count, so a dispatcher whose lease ran out and was taken
 * over cannot overwrite the newer claim. Outcomes are counted as {@code notifications.delivered}.
 */
class Deliveries {
    private static final String PENDING = Notification.Status.PENDING.name();

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    Deliveries(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
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
        transition(claimed, new Update().set("status", Notification.Status.SENT.name()).set("sentAt", at)
                .unset("failureReason"), "sent");
    }

    void retryLater(Notification claimed, Instant next, String reason) {
        transition(claimed, new Update().set("nextAttemptAt", next).set("failureReason", reason), "retry");
    }

    void failed(Notification claimed, String reason) {
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
