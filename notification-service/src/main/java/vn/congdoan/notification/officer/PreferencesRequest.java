package vn.congdoan.notification.officer;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.NotificationKind;

/**
 * An officer's choices; whatever is left out keeps the configured default. Unknown kinds,
 * channels or modes are refused by the JSON reader with the field named.
 */
public record PreferencesRequest(Map<@NotNull NotificationKind, @NotNull List<@NotNull ChannelType>> channels,
                                 List<@NotNull ChannelType> defaultChannels,
                                 LocalTime quietFrom, LocalTime quietTo, DeliveryMode delivery) {

    Preferences over(Preferences defaults) {
        QuietHours quiet = defaults.quietHours();
        return new Preferences(channels != null ? channels : defaults.channels(),
                defaultChannels != null ? defaultChannels : defaults.defaultChannels(),
                new QuietHours(quietFrom != null ? quietFrom : quiet.from(), quietTo != null ? quietTo : quiet.to()),
                delivery != null ? delivery : defaults.delivery());
    }
}
