package vn.congdoan.contracts.notification;

import java.time.Instant;

/**
 * The channel accepted the notification: it is in the officer's inbox, or the SMTP server took
 * the email. {@code kind} is e.g. TASK_DUE_SOON; {@code channel} IN_APP, EMAIL, ZALO or SMS.
 */
public record NotificationDelivered(String notificationId, String eventId, String kind, String recipientId,
                                    String unitId, String channel, int attempts, Instant deliveredAt)
        implements DeliveryEvent {
}
