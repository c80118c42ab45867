package vn.congdoan.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one clock of a service. Every date in the domain is a calendar date in Viet Nam, so the
 * clock's zone is {@code Asia/Ho_Chi_Minh}. It follows the machine's time, or, when
 * {@code congdoan.clock.start} names an instant, it starts at that instant and runs on from there
 * at the machine's pace: tests and demonstrations state their "today" this way, and nothing else
 * in a service reads the machine's time.
 */
public final class ServiceClock {

    /** The zone of every calendar date in the domain. */
    public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The property that starts the clock at a stated instant, e.g. {@code 2026-06-15T09:00:00+07:00}. */
    public static final String START_PROPERTY = "congdoan.clock.start";

    private ServiceClock() {
    }

    /** The machine's time in Viet Nam. */
    public static Clock system() {
        return Clock.system(VIET_NAM);
    }

    /** A clock that reads {@code start} now and runs on from there, in Viet Nam. */
    public static Clock startingAt(Instant start) {
        Clock machine = system();
        return Clock.offset(machine, Duration.between(machine.instant(), start));
    }

    /**
     * The clock a service runs on: the machine's, or one started at {@code start} when it is given
     * (an ISO-8601 instant or date-time with an offset).
     *
     * @throws IllegalArgumentException when {@code start} is given but is not such an instant
     */
    public static Clock of(String start) {
        if (start == null || start.isBlank()) {
            return system();
        }
        try {
            return startingAt(Instant.parse(start.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_PROPERTY + " must be an ISO-8601 instant such as "
                    + "2026-06-15T09:00:00+07:00, not '" + start + "'", e);
        }
    }
}
