package vn.congdoan.notification.routing;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;

/**
 * Something people should hear about, taken from one event: its id (which makes every
 * notification it causes unique), its kind, the unit it concerns and that unit's parent (may be
 * null), and what the templates need.
 */
public record Occasion(String eventId, NotificationKind kind, String unitId, String parentUnitId,
                       NotificationData data) {
}
