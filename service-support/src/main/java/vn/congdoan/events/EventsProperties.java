package vn.congdoan.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay and topics ({@code congdoan.events.*}, or the matching
 * {@code CONGDOAN_EVENTS_*} environment variables).
 *
 * @param relayBatchSize records published per batch
 * @param relayRunLimit  how long one relay run may keep draining before it yields the lock
 * @param sendTimeout    how long to wait for the broker's acknowledgement of a record
 * @param retention      how long published records are kept (for diagnosis) before purging
 * @param partitions     partitions of the topics this service publishes, when it creates them
 * @param replicas       replication factor of those topics
 * @param staleAfter     health is DOWN when an event has waited this long to be published
 * @param shutdownDrain  on shutdown, how long the relay may keep publishing what was staged before
 * @param consumerAttempts how often a consumer tries a record that fails for an unexpected reason
 *                       before dead-lettering it (a database outage is retried until it ends)
 * @param consumerMaxBackOff the longest wait between two tries of a record during an outage
 */
@ConfigurationProperties("congdoan.events")
public record EventsProperties(@DefaultValue("500") int relayBatchSize,
                               @DefaultValue("30s") Duration relayRunLimit,
                               @DefaultValue("30s") Duration sendTimeout,
                               @DefaultValue("7d") Duration retention,
                               @DefaultValue("6") int partitions,
                               @DefaultValue("1") short replicas,
                               @DefaultValue("2m") Duration staleAfter,
                               @DefaultValue("10s") Duration shutdownDrain,
                               @DefaultValue("3") int consumerAttempts,
                               @DefaultValue("10s") Duration consumerMaxBackOff) {
}
