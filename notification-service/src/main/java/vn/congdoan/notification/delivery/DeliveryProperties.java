package vn.congdoan.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher works ({@code notification.delivery.*}): how many notifications one run
 * claims, how long a claim holds, how often a failing delivery is tried and how far apart.
 */
@ConfigurationProperties("notification.delivery")
public record DeliveryProperties(@DefaultValue("200") int batchSize,
                                 @DefaultValue("2m") Duration claimLease,
                                 @DefaultValue("5") int maxAttempts,
                                 @DefaultValue("30s") Duration firstBackoff,
                                 @DefaultValue("1h") Duration maxBackoff) {

    /** Exponential back-off after {@code attempts} failed attempts, capped. */
    Duration backoffAfter(int attempts) {
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
