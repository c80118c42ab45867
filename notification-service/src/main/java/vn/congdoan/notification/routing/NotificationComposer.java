package vn.congdoan.notification.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.QuietHours;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Builds the notifications of an occasion, worded in each recipient's language. A channel that
 * interrupts (email, later Zalo or SMS) waits until the officer's quiet hours are over; the
 * in-app inbox does not wait.
 */
class NotificationComposer {
    private final MessageTemplates templates;
    private final Clock clock;
    private final ZoneId zone;
    private final QuietHours defaultQuietHours;

    NotificationComposer(MessageTemplates templates, Clock clock, ZoneId zone, QuietHours defaultQuietHours) {
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
        this.defaultQuietHours = defaultQuietHours;
    }

    Notification forOfficer(Occasion occasion, String unitId, Officer officer, ChannelType channel) {
        Instant now = clock.instant();
        QuietHours quiet = officer.preferences() == null || officer.preferences().quietHours() == null
                ? defaultQuietHours : officer.preferences().quietHours();
        Instant first = channel.interrupts() ? quiet.nextAllowed(now, zone) : now;
        String address = channel == ChannelType.EMAIL ? officer.email() : channel == ChannelType.ZALO ? officer.zaloId()
                : channel == ChannelType.SMS ? officer.phone() : null;
        return compose(occasion, unitId, officer.id(), channel, address, officer.language(), first, now);
    }

    /** The unit's shared inbox entry: in-app, nothing to deliver, so it is SENT as it is stored. */
    Notification forUnitInbox(Occasion occasion, String unitId) {
        Instant now = clock.instant();
        Notification pending = compose(occasion, unitId, Notification.unitInbox(unitId), ChannelType.IN_APP, null,
                MessageTemplates.DEFAULT_LANGUAGE, now, now);
        return new Notification(pending.id(), pending.eventId(), pending.kind(), unitId, pending.recipient(),
                pending.channel(), null, pending.language(), pending.title(), pending.body(), pending.data(),
                Notification.Status.SENT, 0, now, null, now, now, null);
    }

    private Notification compose(Occasion occasion, String unitId, String recipient, ChannelType channel,
                                 String address, String language, Instant first, Instant now) {
        MessageTemplates.Message message = templates.message(occasion.kind(), language, occasion.data());
        return new Notification(Notification.idOf(occasion.eventId(), recipient, channel), occasion.eventId(),
                occasion.kind(), unitId, recipient, channel, address, language, message.title(), message.body(),
                occasion.data(), Notification.Status.PENDING, 0, first, null, now, null, null);
    }
}
