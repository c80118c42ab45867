package vn.congdoan.notification.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code notification.webhook.*}: the service-wide Standard Webhooks signing secret ({@code whsec_}
 * + base64) for officers without their own, hosts or addresses allowed although internal, the time
 * a receiver has to answer (a hard deadline for the whole call), how many calls may be in flight at once, how long an officer's replaced secret still signs after a rotation, and
 * an optional AES key (base64) that seals officers' secrets in the database.
 */
@ConfigurationProperties("notification.webhook")
record WebhookProperties(String secret, @DefaultValue List<String> allowedHosts,
                         @DefaultValue("10s") Duration timeout, @DefaultValue("24h") Duration rotationGrace,
                         String secretKey, @DefaultValue("32") int concurrency) {
}
