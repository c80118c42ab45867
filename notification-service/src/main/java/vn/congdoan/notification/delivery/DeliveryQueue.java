package vn.congdoan.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The notifications still to be delivered, one entry each, apart from the notifications
 * themselves: the dispatcher reads this small collection instead of querying every notification
 * ever stored, and every change is by key. The MongoDB stand-in uses an index only for a filter
 * on {@code _id} alone, so a filter such as "this id and still PENDING" scans the collection
 * under its lock.
 * <p>
 * An entry's key is the notification id and the number of attempts made so far. Taking the next
 * attempt inserts that attempt's key, which only one dispatcher can do, then removes the entry it
 * replaces. An entry goes when its notification has been sent or has failed for good.
 */
public class DeliveryQueue {
    private final MongoTemplate mongo;

    DeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Queues a pending notification for its next attempt (nothing for any other); a second call changes nothing. */
    public void add(Notification notification) {
        if (notification.status() == Notification.Status.PENDING) {
            insert(new Entry(key(notification.id(), notification.attempts()), notification.id(), notification.attempts(),
                    notification.nextAttemptAt()));
        }
    }

    List<Entry> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("dueAt").lte(now)).limit(limit), Entry.class);
    }

    /**
     * Takes the entry's next attempt, held until {@code until}; false when another dispatcher took
     * it first, and then the entry, already replaced, is removed.
     */
    boolean take(Entry entry, Instant until) {
        boolean taken = insert(new Entry(key(entry.notificationId(), entry.attempts() + 1), entry.notificationId(),
                entry.attempts() + 1, until));
        mongo.remove(byKey(entry.id()), Entry.class);
        return taken;
    }

    /** Moves the attempt to a later time; false when that attempt's entry is gone (taken over or finished). */
    boolean reschedule(String notificationId, int attempts, Instant at) {
        return mongo.updateFirst(byKey(key(notificationId, attempts)), Update.update("dueAt", at), Entry.class)
                .getMatchedCount() == 1;
    }

    /** Removes the attempt's entry; false when it was gone already. */
    boolean remove(String notificationId, int attempts) {
        return mongo.remove(byKey(key(notificationId, attempts)), Entry.class).getDeletedCount() == 1;
    }

    private boolean insert(Entry entry) {
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    private static Query byKey(String key) {
        return Query.query(Criteria.where("_id").is(key));
    }

    private static String key(String notificationId, int attempts) {
        return notificationId + "#" + attempts;
    }

    /** A notification's next attempt ({@code attempts} made so far), due at {@code dueAt}. */
    @Document("deliveryQueue")
    record Entry(@Id String id, String notificationId, int attempts, @Indexed Instant dueAt) {
    }
}
