package vn.congdoan.contracts.notification;

import java.time.Instant;

/** Delivery was given up after {@code attempts} attempts; {@code reason} is the last error. */
public record NotificationFailed(String notificationId, String eventId, String kind, String recipientId,
                                 String unitId, String channel, int attempts, String reason, Instant failedAt)
        implements DeliveryEvent {
}
