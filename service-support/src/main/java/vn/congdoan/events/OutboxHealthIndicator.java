package vn.congdoan.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * DOWN when events stop leaving the service: the oldest pending outbox record is older than
 * {@code congdoan.events.stale-after}. For a service that only publishes this is what "Kafka is
 * reachable" means; the binder's own indicator covers the consuming side. It also shows how many
 * events the broker refused for good ({@value Outbox#PARKED}): they need an operator, not a
 * restart, so they do not turn health DOWN (the {@code events.parked} counter is for alerts).
 */
class OutboxHealthIndicator implements HealthIndicator {
    static final long ANSWER_WITHIN_MS = 500;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration staleAfter;

    OutboxHealthIndicator(MongoTemplate mongo, Clock clock, Duration staleAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Answers within {@value #ANSWER_WITHIN_MS} ms whatever is down: a database that does not
     * answer by then (the driver would wait its 30 s server selection) makes the outbox DOWN.
     */
    @Override
    public Health health() {
        CompletableFuture<Health> health = CompletableFuture.supplyAsync(this::check, task -> Thread.ofVirtual().start(task));
        try {
            return health.get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            health.cancel(true);
            return Health.down().withDetail("reason", "the database did not answer within " + ANSWER_WITHIN_MS + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        }
    }

    private Health check() {
        OutboxRecord oldest = mongo.findOne(new Query().with(Sort.by("stagedAt")).limit(1), OutboxRecord.class, Outbox.PENDING);
        long parked = mongo.estimatedCount(Outbox.PARKED);
        if (oldest == null) {
            return Health.up().withDetail("pending", 0).withDetail("parked", parked).build();
        }
        Duration age = Duration.between(oldest.stagedAt(), clock.instant());
        Health.Builder health = age.compareTo(staleAfter) > 0 ? Health.down() : Health.up();
        return health.withDetail("pending", mongo.estimatedCount(Outbox.PENDING))
                .withDetail("oldestPendingAge", age.toString()).withDetail("parked", parked).build();
    }
}
