package vn.congdoan.notification.inbox;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.congdoan.notification.delivery.Channel;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;

/** The in-app inbox: a stored notification is already in the officer's inbox, so sending only marks it sent. */
@Component
class InAppChannel implements Channel {

    @Override
    public ChannelType type() {
        return ChannelType.IN_APP;
    }

    @Override
    public void send(Notification notification) {
        // the inbox reads the notifications collection itself: nothing leaves the service
    }

    /** Nothing leaves the service, so nothing can be repeated: the batch is marked sent as a whole, after. */
    @Override
    public Map<String, String> sendAll(List<Notification> notifications, Consumer<List<Notification>> delivered) {
        return Map.of();
    }
}
