package vn.congdoan.notification.officer;

import java.util.List;
import java.util.Map;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.NotificationKind;

/**
 * How an officer wants to hear: the channels for each kind of notification (a kind not listed
 * uses {@code defaultChannels}), quiet hours, and immediate delivery or a daily digest.
 */
public record Preferences(Map<NotificationKind, List<ChannelType>> channels, List<ChannelType> defaultChannels,
                          QuietHours quietHours, DeliveryMode delivery) {

    public Preferences {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        defaultChannels = defaultChannels == null ? List.of() : List.copyOf(defaultChannels);
    }

    public List<ChannelType> channelsFor(NotificationKind kind) {
        return channels.getOrDefault(kind, defaultChannels);
    }
}
