package vn.congdoan.notification.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code notification.webhook.*}: the Standard Webhooks signing secret ({@code whsec_} + base64),
 * hosts or addresses allowed although internal, and the time a receiver has to answer.
 */
@ConfigurationProperties("notification.webhook")
record WebhookProperties(String secret, @DefaultValue List<String> allowedHosts,
                         @DefaultValue("10s") Duration timeout) {
}
