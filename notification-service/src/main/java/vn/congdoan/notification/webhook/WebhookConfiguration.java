package vn.congdoan.notification.webhook;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * The webhook channel, always there: an officer may have their own signing secret; one without it
 * is signed with {@code notification.webhook.secret}, and without that too the delivery fails with
 * that reason. Officers' secrets are stored sealed with {@code notification.webhook.secret-key}.
 */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** The profile under which officers' secrets may be stored unsealed (development on one's own machine). */
    static final String DEVELOPMENT_PROFILE = "dev";

    @Bean
    OfficerSecrets officerSecrets(MongoTemplate mongo, WebhookProperties properties, Environment environment, Clock clock) {
        return new OfficerSecrets(mongo, sealer(properties.secretKey(), environment), properties, clock);
    }

    /**
     * Officers' secrets are sealed: without {@code notification.webhook.secret-key} the service
     * refuses to start, unless the {@value #DEVELOPMENT_PROFILE} profile is active.
     */
    static SecretSealer sealer(String secretKey, Environment environment) {
        if ((secretKey == null || secretKey.isBlank()) && !environment.matchesProfiles(DEVELOPMENT_PROFILE)) {
            throw new IllegalStateException("notification.webhook.secret-key (NOTIFICATION_WEBHOOK_SECRETKEY) is not set:"
                    + " officers' webhook secrets would be stored in plain text. Set it to the base64 of a 32-byte key"
                    + " (openssl rand -base64 32), or run with the '" + DEVELOPMENT_PROFILE + "' profile on a development machine");
        }
        return new SecretSealer(secretKey);
    }

    @Bean
    OfficerSecretCleanup officerSecretCleanup(OfficerSecrets secrets) {
        return new OfficerSecretCleanup(secrets);
    }

    @Bean
    WebhookChannel webhookChannel(WebhookProperties properties, OfficerSecrets secrets, JsonMapper json,
                                  MessageTemplates templates, Clock clock) {
        return new WebhookChannel(properties, secrets::signersFor, json, templates, clock);
    }
}
