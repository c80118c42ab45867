package vn.congdoan.notification.delivery;

/** A channel could not deliver; the message is the reason recorded on the notification. */
public class DeliveryException extends Exception {
    public DeliveryException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
