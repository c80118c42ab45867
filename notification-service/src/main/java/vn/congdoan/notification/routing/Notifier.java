package vn.congdoan.notification.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryQueue;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.store.BulkInsert;

/**
 * Stores what an occasion causes: one notification per routed officer and chosen channel, and an
 * entry in each routed unit's shared inbox. Idempotent: every id derives from the event id, so a
 * redelivered event meets duplicate keys and stores nothing new. An occasion's notifications are
 * stored in one bulk write, whatever the number of recipients. A unit with no officer is counted
 * ({@code notifications.unrouted}, tagged kind) and logged once: when its inbox entry is first stored.
 * A pending notification is queued for the dispatcher once stored; a redelivered event queues the
 * stored one again, in case the process that stored it died before queueing it.
 */
public class Notifier {
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Router router;
    private final NotificationComposer composer;
    private final MongoTemplate mongo;
    private final DeliveryQueue queue;
    private final MeterRegistry meters;

    Notifier(Router router, NotificationComposer composer, MongoTemplate mongo, DeliveryQueue queue, MeterRegistry meters) {
        this.router = router;
        this.composer = composer;
        this.mongo = mongo;
        this.queue = queue;
        this.meters = meters;
    }

    /** Returns how many notifications were stored now (0 for a redelivery). */
    public int notify(Occasion occasion) {
        List<Router.UnitRecipients> units = router.route(occasion);
        List<Notification> composed = new ArrayList<>();
        for (Router.UnitRecipients unit : units) {
            for (Officer officer : unit.officers()) {
                officer.preferences().channelsFor(occasion.kind())
                        .forEach(channel -> composed.add(composer.forOfficer(occasion, unit.unitId(), officer, channel)));
            }
            if (unit.unitId() != null) {
                composed.add(composer.forUnitInbox(occasion, unit.unitId()));
            }
        }
        Set<String> fresh = store(composed);
        for (Router.UnitRecipients unit : units) {
            boolean firstTime = unit.unitId() == null
                    || fresh.contains(Notification.idOf(occasion.eventId(), Notification.unitInbox(unit.unitId()), ChannelType.IN_APP));
            if (unit.officers().isEmpty() && firstTime) {
                reportUnrouted(occasion, unit);
            }
        }
        return fresh.size();
    }

    /**
     * Stores the notifications in one bulk write and queues the new pending ones in another;
     * returns the ids of those that were new. Those stored before (a redelivered event) are
     * queued again if still pending, in case the process that stored them died before queueing.
     */
    private Set<String> store(List<Notification> composed) {
        List<Notification> fresh = BulkInsert.insertNew(mongo, composed, Notification.class);
        queue.addAll(fresh);
        Set<String> freshIds = fresh.stream().map(Notification::id).collect(Collectors.toSet());
        List<String> before = composed.stream().map(Notification::id).filter(id -> !freshIds.contains(id)).toList();
        if (!before.isEmpty()) {
            queue.addAll(mongo.find(Query.query(Criteria.where("_id").in(before)), Notification.class));
        }
        return freshIds;
    }

    private void reportUnrouted(Occasion occasion, Router.UnitRecipients unit) {
        meters.counter("notifications.unrouted", "kind", occasion.kind().name()).increment();
        log.warn("no officer to notify: event={} kind={} audience={} unit={} plan={} (the unit inbox has it)",
                occasion.eventId(), occasion.kind(), unit.audience(), unit.unitId() == null ? "<not named>" : unit.unitId(),
                occasion.data().planId());
    }
}
