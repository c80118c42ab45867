package vn.congdoan.contracts.notification;

/**
 * The outcome of one notification (one event, one recipient, one channel). The record key is the
 * notification id; {@code eventId} is the ce_id of the event that caused it. Consumers switch
 * exhaustively over this family.
 */
public sealed interface DeliveryEvent permits NotificationDelivered, NotificationFailed {
    String notificationId();

    String eventId();

    String channel();
}
