package vn.congdoan.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Notifications as the router stores them, for the delivery tests. */
final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /** A reminder e-mail to {@code address}, after {@code attempts} attempts, due at {@code nextAttemptAt}. */
    static Notification pendingEmail(String address, int attempts, Instant nextAttemptAt, Instant createdAt) {
        String eventId = "e-" + UUID.randomUUID();
        NotificationData data = new NotificationData("a1", "p-45", "45/KH-LĐLĐ", null, "Báo cáo 6 tháng đầu năm",
                "cdcs-1", LocalDate.of(2026, 6, 30), 3, null);
        return new Notification(Notification.idOf(eventId, "o1", ChannelType.EMAIL), eventId,
                NotificationKind.TASK_DUE_SOON, "cdcs-1", "o1", ChannelType.EMAIL, address, "vi",
                "Sắp đến hạn: Báo cáo 6 tháng đầu năm", "Nhiệm vụ “Báo cáo 6 tháng đầu năm” đến hạn ngày 30/06/2026, còn 3 ngày.",
                data, Notification.Status.PENDING, attempts, nextAttemptAt, null, createdAt, null, null, false);
    }
}
