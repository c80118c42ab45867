package vn.congdoan.events;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * The service's scheduler locks (ShedLock). The locks named as kept alive are extended every half
 * period while their holder runs (ShedLock's {@link KeepAliveLockProvider}), so their period can be
 * short: when the holder is killed, another instance (or the restarted one) takes over after that
 * period, not after the longest run the job could ever take. The outbox relay's lock is one: a killed
 * relay held up its service's events for two minutes before. Other locks keep their
 * {@code lockAtMostFor} as they are.
 */
final class SchedulerLocks implements LockProvider, AutoCloseable {
    private final LockProvider plain;
    private final LockProvider keptAlive;
    private final Set<String> keptAliveNames;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("scheduler-lock-keep-alive").factory());

    SchedulerLocks(ExtensibleLockProvider storage, Set<String> keptAliveNames) {
        this.plain = storage;
        this.keptAlive = new KeepAliveLockProvider(storage, keepAlive);
        this.keptAliveNames = Set.copyOf(keptAliveNames);
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration lock) {
        return (keptAliveNames.contains(lock.getName()) ? keptAlive : plain).lock(lock);
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
    }
}
