package vn.congdoan.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * On shutdown (SIGTERM), after the web server has finished its requests and the consumers have
 * stopped, publishes the events staged so far, for at most {@code congdoan.events.shutdown-drain}:
 * what this instance wrote leaves with it instead of waiting for another instance or its restart.
 * It takes the relay's lock like every relay run, so it never races another instance's relay;
 * when another instance holds the lock, that one publishes them and this one waits for it.
 */
final class OutboxDrain implements SmartLifecycle {
    /** Below Spring Cloud Stream's input bindings (MAX - 3000) and the web server (MAX - 1024, MAX - 2048). */
    static final int PHASE = Integer.MAX_VALUE - 4096;
    private static final Logger log = LoggerFactory.getLogger(OutboxDrain.class);
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final OutboxRelay relay;
    private final MongoTemplate mongo;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration limit;
    private volatile boolean running;

    OutboxDrain(OutboxRelay relay, MongoTemplate mongo, LockProvider lockProvider, Clock clock, Duration limit) {
        this.relay = relay;
        this.mongo = mongo;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Instant stagedBefore = clock.instant();
        long deadline = System.nanoTime() + limit.toNanos();
        int published = 0;
        while (pendingSince(stagedBefore) > 0 && System.nanoTime() < deadline) {
            int sent = relayOnceUnderLock();
            published += sent;
            if (sent == 0) {
                pause();
            }
        }
        long left = pendingSince(stagedBefore);
        if (left == 0) {
            log.info("outbox drained on shutdown: {} events published by this instance", published);
        } else {
            log.warn("outbox not drained within {}: {} published, {} still pending (the next relay publishes them)",
                    limit, published, left);
        }
    }

    private int relayOnceUnderLock() {
        LockConfiguration lock = new LockConfiguration(clock.instant(), OutboxRelay.LOCK_NAME,
                OutboxRelay.LOCK_AT_MOST_FOR, Duration.ZERO);
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(relay::relayBatch, lock);
            return result.wasExecuted() ? result.getResult() : 0;
        } catch (Throwable e) {
            log.warn("outbox drain: a relay batch failed: {}", e.toString());
            return 0;
        }
    }

    private long pendingSince(Instant stagedBefore) {
        return mongo.count(Query.query(Criteria.where("stagedAt").lte(stagedBefore)), OutboxRecord.class, Outbox.PENDING);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
