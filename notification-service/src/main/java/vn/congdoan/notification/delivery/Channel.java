package vn.congdoan.notification.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A way to reach a person. The dispatcher hands every pending notification of {@link #type()} to
 * its channel; a channel that cannot deliver throws {@link DeliveryException}, and the dispatcher
 * retries with back-off or records the failure. A Zalo OA or SMS adapter is one more bean.
 */
public interface Channel {

    ChannelType type();

    void send(Notification notification) throws DeliveryException;

    /**
     * Delivers several notifications and returns the reason for each one that failed, by id. One
     * by one unless a channel can do better (email sends a whole batch over one SMTP connection).
     */
    default Map<String, String> sendAll(List<Notification> notifications) {
        return sendAll(notifications, delivered -> {
        });
    }

    /**
     * {@link #sendAll(List)}, telling {@code delivered} about each message as soon as it has gone
     * (with the notifications it carries), so that the dispatcher records it before the next one:
     * a crash then repeats at most the message that was being handed over.
     */
    default Map<String, String> sendAll(List<Notification> notifications, Consumer<List<Notification>> delivered) {
        Map<String, String> failures = new HashMap<>();
        for (Notification notification : notifications) {
            try {
                send(notification);
                delivered.accept(List.of(notification));
            } catch (DeliveryException | RuntimeException e) {
                failures.put(notification.id(), e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return failures;
    }
}
