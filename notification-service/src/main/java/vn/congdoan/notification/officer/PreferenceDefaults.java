package vn.congdoan.notification.officer;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.congdoan.notification.delivery.ChannelType;

/**
 * What an officer gets until they choose otherwise ({@code notification.defaults.*}): channels
 * for every kind, quiet hours in {@code zone}, the delivery mode, and the local time at which
 * daily digests go out.
 */
@ConfigurationProperties("notification.defaults")
public record PreferenceDefaults(@DefaultValue({"IN_APP", "EMAIL"}) List<ChannelType> channels,
                                 @DefaultValue("21:00") LocalTime quietFrom,
                                 @DefaultValue("07:00") LocalTime quietTo,
                                 @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                                 @DefaultValue("IMMEDIATE") DeliveryMode delivery,
                                 @DefaultValue("07:00") LocalTime digestAt) {

    public Preferences preferences() {
        return new Preferences(null, channels, new QuietHours(quietFrom, quietTo), delivery);
    }
}
