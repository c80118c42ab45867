package vn.congdoan.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.officer.DeliveryMode;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.notification.officer.Preferences;
import vn.congdoan.notification.officer.QuietHours;
import vn.congdoan.notification.officer.Role;
import vn.congdoan.notification.template.TemplateFixtures;

class NotificationComposerTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final PreferenceDefaults DEFAULTS = new PreferenceDefaults(List.of(ChannelType.IN_APP, ChannelType.EMAIL),
            LocalTime.of(21, 0), LocalTime.of(7, 0), HANOI, DeliveryMode.IMMEDIATE, LocalTime.of(7, 0));
    private static final Occasion REMINDER = new Occasion("e1", NotificationKind.TASK_DUE_SOON, "cdcs-1", null,
            TemplateFixtures.annualReportSevenDaysAhead());

    @Test
    void anEveningEmailWaitsForTheEndOfQuietHoursButTheInboxEntryDoesNot() {
        NotificationComposer composer = composerAt(2026, 11, 23, 22, 15);
        Officer officer = officer(DeliveryMode.IMMEDIATE);

        Notification email = composer.forOfficer(REMINDER, "cdcs-1", officer, ChannelType.EMAIL);
        Notification inApp = composer.forOfficer(REMINDER, "cdcs-1", officer, ChannelType.IN_APP);

        assertThat(email.nextAttemptAt()).isEqualTo(at(2026, 11, 24, 7, 0));
        assertThat(email.digest()).isFalse();
        assertThat(inApp.nextAttemptAt()).isEqualTo(at(2026, 11, 23, 22, 15));
    }

    @Test
    void anOfficerWhoChoseADigestHasEmailHeldForTheNextDigestTime() {
        NotificationComposer composer = composerAt(2026, 11, 23, 9, 30);

        Notification email = composer.forOfficer(REMINDER, "cdcs-1", officer(DeliveryMode.DAILY_DIGEST), ChannelType.EMAIL);
        Notification inApp = composer.forOfficer(REMINDER, "cdcs-1", officer(DeliveryMode.DAILY_DIGEST), ChannelType.IN_APP);

        assertThat(email.digest()).isTrue();
        assertThat(email.nextAttemptAt()).isEqualTo(at(2026, 11, 24, 7, 0));
        assertThat(inApp.digest()).isFalse();
    }

    @Test
    void digestEmailWaitsForTheDigestTimeOfTheOfficersUnitAndOtherUnitsKeepTheDefault() {
        Clock clock = Clock.fixed(at(2026, 11, 23, 9, 30), HANOI);
        NotificationComposer composer = new NotificationComposer(TemplateFixtures.templates(), clock, DEFAULTS,
                RoutingRules.defaults(), unit -> unit.equals("cdcs-1") ? LocalTime.of(16, 45) : DEFAULTS.digestAt());
        Officer officer = officer(DeliveryMode.DAILY_DIGEST);

        Notification chosen = composer.forOfficer(REMINDER, "cdcs-1", officer, ChannelType.EMAIL);
        Notification defaulted = composer.forOfficer(REMINDER, "cdcs-2", officer, ChannelType.EMAIL);

        assertThat(chosen.digest()).isTrue();
        assertThat(chosen.nextAttemptAt()).isEqualTo(at(2026, 11, 23, 16, 45));
        assertThat(defaulted.nextAttemptAt()).isEqualTo(at(2026, 11, 24, 7, 0));
    }

    @Test
    void theMessageIsWordedInTheOfficersLanguageAndAddressedToTheirEmail() {
        Notification email = composerAt(2026, 11, 23, 9, 30).forOfficer(REMINDER, "cdcs-1", officer(DeliveryMode.IMMEDIATE),
                ChannelType.EMAIL);

        assertThat(email.id()).isEqualTo("e1|o1|EMAIL");
        assertThat(email.address()).isEqualTo("o1@congdoan.vn");
        assertThat(email.title()).isEqualTo("Due soon: Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh");
        assertThat(email.status()).isEqualTo(Notification.Status.PENDING);
    }

    private static NotificationComposer composerAt(int year, int month, int day, int hour, int minute) {
        return new NotificationComposer(TemplateFixtures.templates(), Clock.fixed(at(year, month, day, hour, minute), HANOI),
                DEFAULTS);
    }

    private static Officer officer(DeliveryMode mode) {
        return new Officer("o1", "Nguyễn Văn An", "cdcs-1", Role.CHAIR, "o1@congdoan.vn", "0912345678", null, "en",
                new Preferences(null, List.of(ChannelType.IN_APP, ChannelType.EMAIL),
                        new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)), mode), null, null);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HANOI).toInstant();
    }
}
