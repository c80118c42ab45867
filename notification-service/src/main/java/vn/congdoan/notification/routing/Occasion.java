package vn.congdoan.notification.routing;

import java.time.LocalDate;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;

/**
 * Something people should hear about, taken from one event: its id (which makes every
 * notification it causes unique), its kind, the unit it concerns, that unit's parent and the unit
 * that issued the plan (both may be null), and what the templates need. {@code digestDay}, when
 * set, is the day whose digest it belongs to (a follow-up summary); otherwise a digested message
 * waits for the next digest.
 */
public record Occasion(String eventId, NotificationKind kind, String unitId, String parentUnitId,
                       String ownerUnitId, NotificationData data, LocalDate digestDay) {

    public Occasion(String eventId, NotificationKind kind, String unitId, String parentUnitId, NotificationData data) {
        this(eventId, kind, unitId, parentUnitId, null, data, null);
    }

    public Occasion(String eventId, NotificationKind kind, String unitId, String parentUnitId, String ownerUnitId,
                    NotificationData data) {
        this(eventId, kind, unitId, parentUnitId, ownerUnitId, data, null);
    }
}
