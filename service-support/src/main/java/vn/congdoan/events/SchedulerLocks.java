package vn.congdoan.events;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * The service's scheduler locks (ShedLock), every one kept alive while its holder runs (extended
 * every half period: ShedLock's {@link KeepAliveLockProvider}), so that each lasts only
 * {@link #AT_MOST}: when the holder is killed, or cannot unlock because the database went away
 * while it ran, another instance (or the restarted one) takes the job over after 30 s, not after the
 * longest run the job could ever take (a killed relay held up its service's events for two minutes,
 * and a database cut during the daily sweep stopped it for half an hour). Every scheduled job is
 * idempotent, so a lock lost to a slow extension costs a repeated run, never a wrong result.
 */
public final class SchedulerLocks implements LockProvider, AutoCloseable {
    /** Every {@code @SchedulerLock}'s {@code lockAtMostFor}: kept alive, so as short as ShedLock allows. */
    public static final String AT_MOST = "PT30S";
    private final LockProvider keptAlive;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("scheduler-lock-keep-alive").factory());

    SchedulerLocks(ExtensibleLockProvider storage) {
        this.keptAlive = new KeepAliveLockProvider(storage, keepAlive);
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration lock) {
        return keptAlive.lock(lock);
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
    }
}
