package vn.congdoan.notification.routing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryQueue;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.officer.Officer;

/**
 * Stores what an occasion causes: one notification per routed officer and chosen channel, and an
 * entry in each routed unit's shared inbox. Idempotent: every id derives from the event id, so a
 * redelivered event meets duplicate keys and stores nothing new. A unit with no officer is counted
 * ({@code notifications.unrouted}, tagged kind) and logged once: when its inbox entry is first stored.
 * A pending notification is queued for the dispatcher once stored; a redelivered event queues the
 * stored one again, in case the process that stored it died before queueing it.
 */
public class Notifier {
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Router router;
    private final NotificationComposer composer;
    private final Notifications notifications;
    private final DeliveryQueue queue;
    private final MeterRegistry meters;

    Notifier(Router router, NotificationComposer composer, Notifications notifications, DeliveryQueue queue,
             MeterRegistry meters) {
        this.router = router;
        this.composer = composer;
        this.notifications = notifications;
        this.queue = queue;
        this.meters = meters;
    }

    /** Returns how many notifications were stored now (0 for a redelivery). */
    public int notify(Occasion occasion) {
        int stored = 0;
        for (Router.UnitRecipients unit : router.route(occasion)) {
            for (Officer officer : unit.officers()) {
                stored += storeForOfficer(occasion, unit.unitId(), officer);
            }
            boolean firstTime = unit.unitId() == null || store(composer.forUnitInbox(occasion, unit.unitId()));
            stored += unit.unitId() != null && firstTime ? 1 : 0;
            if (unit.officers().isEmpty() && firstTime) {
                reportUnrouted(occasion, unit);
            }
        }
        return stored;
    }

    private int storeForOfficer(Occasion occasion, String unitId, Officer officer) {
        int stored = 0;
        List<ChannelType> channels = officer.preferences().channelsFor(occasion.kind());
        for (ChannelType channel : channels) {
            stored += store(composer.forOfficer(occasion, unitId, officer, channel)) ? 1 : 0;
        }
        return stored;
    }

    private boolean store(Notification notification) {
        try {
            queue.add(notifications.insert(notification));
            return true;
        } catch (DuplicateKeyException storedBefore) {
            notifications.findById(notification.id()).ifPresent(queue::add);
            return false;
        }
    }

    private void reportUnrouted(Occasion occasion, Router.UnitRecipients unit) {
        meters.counter("notifications.unrouted", "kind", occasion.kind().name()).increment();
        log.warn("no officer to notify: event={} kind={} audience={} unit={} plan={} (the unit inbox has it)",
                occasion.eventId(), occasion.kind(), unit.audience(), unit.unitId() == null ? "<not named>" : unit.unitId(),
                occasion.data().planId());
    }
}
