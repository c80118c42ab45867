package vn.congdoan.notification.inbox;

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
}
