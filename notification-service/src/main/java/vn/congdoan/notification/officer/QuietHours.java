package vn.congdoan.notification.officer;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window, in local time, when nothing that interrupts an officer is delivered. It may
 * wrap midnight (21:00–07:00); equal bounds mean no quiet hours at all.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public boolean contains(LocalTime time) {
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** {@code at} itself when it is outside the window, otherwise the moment the window ends. */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = local.with(to).withSecond(0).withNano(0);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
