package vn.congdoan.notification.officer;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import vn.congdoan.notification.delivery.ChannelType;

/** Officers as the directory holds them, with no quiet hours unless a test asks for some. */
public final class OfficerFixtures {
    private static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private OfficerFixtures() {
    }

    public static Officer officer(String name, String unitId, String language, ChannelType... channels) {
        return officer(name, unitId, language, NONE, channels);
    }

    public static Officer officer(String name, String unitId, String language, QuietHours quiet, ChannelType... channels) {
        return officer(name, unitId, language, quiet, DeliveryMode.IMMEDIATE, channels);
    }

    public static Officer officer(String name, String unitId, String language, DeliveryMode mode, ChannelType... channels) {
        return officer(name, unitId, language, NONE, mode, channels);
    }

    private static Officer officer(String name, String unitId, String language, QuietHours quiet, DeliveryMode mode,
                                   ChannelType... channels) {
        String id = "o-" + UUID.randomUUID();
        return new Officer(id, name, unitId, Role.STAFF, id + "@congdoan.vn", "0912345678", "zalo-" + id, language,
                new Preferences(null, List.of(channels), quiet, mode), null, null);
    }

    /** An officer whose notifications go to a system of theirs by signed webhook. */
    public static Officer withWebhook(String name, String unitId, String webhookUrl) {
        Officer o = officer(name, unitId, "vi", ChannelType.WEBHOOK);
        return new Officer(o.id(), o.name(), o.unitId(), o.role(), o.email(), o.phone(), o.zaloId(), o.language(),
                o.preferences(), o.updatedAt(), webhookUrl);
    }
}
