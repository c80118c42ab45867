package vn.congdoan.notification.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The parent units' daily follow-up ({@code notification.follow-up.*}): it lists what is due within
 * {@code horizonDays} or overdue by up to {@code lookbackDays}, naming up to {@code maxNames}
 * children per task. When it runs is {@code notification.follow-up.cron}.
 */
@ConfigurationProperties("notification.follow-up")
public record FollowUpProperties(@DefaultValue("7") int horizonDays, @DefaultValue("30") int lookbackDays,
                                 @DefaultValue("50") int maxNames) {
}
