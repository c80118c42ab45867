package vn.congdoan.notification.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Function;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.officer.DeliveryMode;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.notification.officer.Preferences;
import vn.congdoan.notification.officer.QuietHours;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * Builds the notifications of an occasion, worded in each recipient's language. A channel that
 * interrupts (email, later Zalo or SMS) waits until the officer's quiet hours are over; the
 * in-app inbox does not wait. An officer who chose a daily digest gets those channels' messages
 * held until the digest time of the officer's unit, then all in one message.
 */
class NotificationComposer {
    private final MessageTemplates templates;
    private final Clock clock;
    private final ZoneId zone;
    private final PreferenceDefaults defaults;
    private final RoutingRules rules;
    private final Function<String, LocalTime> digestAt;

    NotificationComposer(MessageTemplates templates, Clock clock, PreferenceDefaults defaults) {
        this(templates, clock, defaults, RoutingRules.defaults(), unit -> defaults.digestAt());
    }

    /** {@code digestAt}: when a unit's daily digest goes out. */
    NotificationComposer(MessageTemplates templates, Clock clock, PreferenceDefaults defaults, RoutingRules rules,
                         Function<String, LocalTime> digestAt) {
        this.rules = rules;
        this.digestAt = digestAt;
        this.templates = templates;
        this.clock = clock;
        this.zone = defaults.zone();
        this.defaults = defaults;
    }

    Notification forOfficer(Occasion occasion, String unitId, Officer officer, ChannelType channel) {
        Instant now = clock.instant();
        Preferences preferences = officer.preferences() == null ? defaults.preferences() : officer.preferences();
        QuietHours quiet = preferences.quietHours() == null ? defaults.preferences().quietHours() : preferences.quietHours();
        boolean digest = channel.interrupts()
                && (preferences.delivery() == DeliveryMode.DAILY_DIGEST || rules.digested(occasion.kind()));
        Instant first = digest ? digestTime(occasion.digestDay(), now, digestAt.apply(unitId))
                : channel.interrupts() ? quiet.nextAllowed(now, zone) : now;
        String address = switch (channel) {
            case EMAIL -> officer.email();
            case WEBHOOK -> officer.webhookUrl();
            case ZALO -> officer.zaloId();
            case SMS -> officer.phone();
            case IN_APP -> null;
        };
        return compose(occasion, unitId, officer.id(), channel, address, officer.language(), first, now, digest);
    }

    /**
     * The digest at {@code at} on {@code day} (at once if that has gone out already), or the next
     * digest when no day is named.
     */
    Instant digestTime(LocalDate day, Instant now, LocalTime at) {
        if (day == null) {
            return nextDigest(now, at);
        }
        Instant due = day.atTime(at).atZone(zone).toInstant();
        return due.isAfter(now) ? due : now;
    }

    /** The next time a daily digest at {@code at} goes out, in the domain's time zone. */
    Instant nextDigest(Instant now, LocalTime at) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.with(at).withSecond(0).withNano(0);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }

    /** The unit's shared inbox entry: in-app, nothing to deliver, so it is SENT as it is stored. */
    Notification forUnitInbox(Occasion occasion, String unitId) {
        Instant now = clock.instant();
        Notification pending = compose(occasion, unitId, Notification.unitInbox(unitId), ChannelType.IN_APP, null,
                MessageTemplates.DEFAULT_LANGUAGE, now, now, false);
        return new Notification(pending.id(), pending.eventId(), pending.kind(), unitId, pending.recipient(),
                pending.channel(), null, pending.language(), pending.title(), pending.body(), pending.data(),
                Notification.Status.SENT, 0, now, null, now, now, null, false);
    }

    private Notification compose(Occasion occasion, String unitId, String recipient, ChannelType channel,
                                 String address, String language, Instant first, Instant now, boolean digest) {
        MessageTemplates.Message message = templates.message(occasion.kind(), language, occasion.data());
        return new Notification(Notification.idOf(occasion.eventId(), recipient, channel), occasion.eventId(),
                occasion.kind(), unitId, recipient, channel, address, language, message.title(), message.body(),
                occasion.data(), Notification.Status.PENDING, 0, first, null, now, null, null, digest);
    }
}
