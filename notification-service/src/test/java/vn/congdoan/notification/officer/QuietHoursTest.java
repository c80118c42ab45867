package vn.congdoan.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void aWindowAcrossMidnightHoldsLateEveningAndEarlyMorning() {
        assertThat(NIGHT.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    void anEveningMessageWaitsUntilSevenNextMorningHanoiTime() {
        Instant evening = at(2026, 11, 23, 22, 30);

        assertThat(NIGHT.nextAllowed(evening, HANOI)).isEqualTo(at(2026, 11, 24, 7, 0));
    }

    @Test
    void anEarlyMorningMessageWaitsUntilSevenTheSameMorning() {
        assertThat(NIGHT.nextAllowed(at(2026, 11, 24, 5, 15), HANOI)).isEqualTo(at(2026, 11, 24, 7, 0));
    }

    @Test
    void aDaytimeMessageGoesAtOnce() {
        Instant noon = at(2026, 11, 24, 12, 0);

        assertThat(NIGHT.nextAllowed(noon, HANOI)).isEqualTo(noon);
    }

    @Test
    void aWindowWithinOneDayHoldsOnlyItsOwnHours() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));

        assertThat(lunch.contains(LocalTime.of(12, 0))).isTrue();
        assertThat(lunch.contains(LocalTime.of(22, 0))).isFalse();
        assertThat(lunch.nextAllowed(at(2026, 11, 24, 12, 0), HANOI)).isEqualTo(at(2026, 11, 24, 13, 30));
    }

    @Test
    void equalBoundsMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(7, 0), LocalTime.of(7, 0));
        Instant midnight = at(2026, 11, 24, 0, 0);

        assertThat(none.nextAllowed(midnight, HANOI)).isEqualTo(midnight);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HANOI).toInstant();
    }
}
