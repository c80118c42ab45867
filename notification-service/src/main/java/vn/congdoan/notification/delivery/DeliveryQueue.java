package vn.congdoan.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.congdoan.store.BulkInsert;

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
        addAll(List.of(notification));
    }

    /** Queues the pending ones of the notifications, in one write; those queued before stay as they are. */
    public void addAll(List<Notification> notifications) {
        BulkInsert.insertNew(mongo, notifications.stream().filter(n -> n.status() == Notification.Status.PENDING)
                .map(n -> new Entry(key(n.id(), n.attempts()), n.id(), n.attempts(), n.nextAttemptAt())).toList(), Entry.class);
    }

    List<Entry> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("dueAt").lte(now)).limit(limit), Entry.class);
    }

    /**
     * Takes the next attempt of each entry, held until {@code until}, in two bulk writes: inserts
     * the attempts' entries, then removes the entries they replace. Returns the attempts this
     * dispatcher took; an entry another dispatcher took first is left out.
     */
    List<Entry> takeAll(List<Entry> entries, Instant until) {
        List<Entry> taken = BulkInsert.insertNew(mongo, entries.stream().map(e -> new Entry(key(e.notificationId(),
                e.attempts() + 1), e.notificationId(), e.attempts() + 1, until)).toList(), Entry.class);
        removeKeys(entries.stream().map(Entry::id).toList());
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

    /** Removes the entries of the notifications' current attempts, each by key, in one bulk write. */
    void removeAll(List<Notification> notifications) {
        removeKeys(notifications.stream().map(n -> key(n.id(), n.attempts())).toList());
    }

    /** Removes the entries, each by key, in one bulk write. */
    void removeEntries(List<Entry> entries) {
        removeKeys(entries.stream().map(Entry::id).toList());
    }

    private void removeKeys(List<String> keys) {
        if (!keys.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class);
            keys.forEach(key -> bulk.remove(byKey(key)));
            bulk.execute();
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
