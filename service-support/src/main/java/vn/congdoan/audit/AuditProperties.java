package vn.congdoan.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings ({@code congdoan.audit.*}, or {@code CONGDOAN_AUDIT_*}).
 *
 * @param retention how long a record is kept: MongoDB deletes it after that (a TTL index on {@code at})
 */
@ConfigurationProperties("congdoan.audit")
public record AuditProperties(@DefaultValue("400d") Duration retention) {
}
