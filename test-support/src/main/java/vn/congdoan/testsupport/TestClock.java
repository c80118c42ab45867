package vn.congdoan.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import vn.congdoan.time.ServiceClock;

/**
 * The time every test states instead of asking the machine, so that no result depends on the day
 * or the hour the suite runs at. A test JVM's timeline begins at {@link #START} when this class is
 * first used and runs on at the machine's pace; every service under test, in-process or started as
 * a process (again after a crash too), starts its clock at {@link #now()} through
 * {@code congdoan.clock.start}, so all of them and the tests share one timeline.
 */
public final class TestClock {

    /** Where the tests' timeline begins: 09:00 on Monday 15 June 2026 in Viet Nam, clear of month and year ends. */
    public static final Instant START = Instant.parse("2026-06-15T09:00:00+07:00");

    private static final long ORIGIN = System.nanoTime();

    private TestClock() {
    }

    /** The calendar day in Viet Nam on which every test runs (a test JVM lives well under 15 hours). */
    public static LocalDate today() {
        return LocalDate.ofInstant(START, ServiceClock.VIET_NAM);
    }

    /** Now on the tests' timeline. */
    public static Instant now() {
        return START.plusNanos(System.nanoTime() - ORIGIN);
    }

    /** A clock on the tests' timeline, as the services under test have. */
    public static Clock running() {
        return ServiceClock.startingAt(now());
    }
}
