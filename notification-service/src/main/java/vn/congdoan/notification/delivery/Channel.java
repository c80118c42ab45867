package vn.congdoan.notification.delivery;

/**
 * A way to reach a person. The dispatcher hands every pending notification of {@link #type()} to
 * its channel; a channel that cannot deliver throws {@link DeliveryException}, and the dispatcher
 * retries with back-off or records the failure. A Zalo OA or SMS adapter is one more bean.
 */
public interface Channel {

    ChannelType type();

    void send(Notification notification) throws DeliveryException;
}
