package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import vn.congdoan.time.ServiceClock;

/**
 * Scheduler locks live on the service's clock: a lock one instance holds for a minute is still held
 * 30 s later by that clock, whatever the machine's clock says (before, ShedLock judged locks by the
 * machine's clock, so a service whose clock was started elsewhere saw every lock as expired, or a
 * restarted process under a moved clock saw a crashed one's lock as held for a quarter of an hour).
 */
class SchedulerLockClockTest {
    private static final Instant START = Instant.parse("2026-06-15T02:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
            + server.getLocalAddress().getPort());
    private final MongoTemplate mongo = new MongoTemplate(client, "lock-clock-test");

    @AfterEach
    void stop() {
        ClockProvider.setClock(ServiceClock.of(""));
        client.close();
        server.shutdownNow();
    }

    @Test
    void aLockIsJudgedByTheServicesClockNotTheMachines() {
        LockProvider locks = new EventsAutoConfiguration().lockProvider(mongo, Clock.fixed(START, ZoneId.of("Asia/Ho_Chi_Minh")));
        Optional<SimpleLock> first = locks.lock(lock(START));
        assertThat(first).isPresent();

        LockProvider sameTimeline = new EventsAutoConfiguration().lockProvider(mongo,
                Clock.fixed(START.plusSeconds(30), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(sameTimeline.lock(lock(START.plusSeconds(30)))).as("held for a minute, asked 30 s later").isEmpty();

        LockProvider later = new EventsAutoConfiguration().lockProvider(mongo,
                Clock.fixed(START.plusSeconds(90), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(later.lock(lock(START.plusSeconds(90)))).as("expired after its minute").isPresent();
    }

    /**
     * Every lock is short because its holder keeps it alive while it runs: a killed holder's lock
     * (its keep-alive thread gone with it, nothing unlocked), or one a database cut kept it from
     * releasing, passes on after 30 s, not after the 2 minutes or half hour the jobs once held them for.
     */
    @ParameterizedTest
    @ValueSource(strings = {OutboxRelay.LOCK_NAME, "due-date-sweep", "notification-follow-up"})
    void aJobsLockPassesOnThirtySecondsAfterItsHolderWasKilled(String job) {
        LockProvider killed = new EventsAutoConfiguration().lockProvider(mongo, Clock.fixed(START, ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(killed.lock(jobLock(job, START))).isPresent();
        ((SchedulerLocks) killed).close();

        LockProvider restarted = new EventsAutoConfiguration().lockProvider(mongo,
                Clock.fixed(START.plusSeconds(20), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(restarted.lock(jobLock(job, START.plusSeconds(20)))).as("20 s after the kill").isEmpty();

        LockProvider later = new EventsAutoConfiguration().lockProvider(mongo,
                Clock.fixed(START.plusSeconds(31), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(later.lock(jobLock(job, START.plusSeconds(31)))).as("31 s after the kill").isPresent();
    }

    /** A lock as {@code @SchedulerLock(name = job, lockAtMostFor = SchedulerLocks.AT_MOST)} asks for it. */
    private static LockConfiguration jobLock(String job, Instant createdAt) {
        return new LockConfiguration(createdAt, job, Duration.parse(SchedulerLocks.AT_MOST), Duration.ZERO);
    }

    private static LockConfiguration lock(Instant createdAt) {
        return new LockConfiguration(createdAt, "outbox-relay-test", Duration.ofMinutes(1), Duration.ZERO);
    }
}
