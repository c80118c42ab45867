package vn.congdoan.notification.webhook;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.template.MessageTemplates;

/**
 * The webhook channel, always there: an officer may have their own signing secret; one without it
 * is signed with {@code notification.webhook.secret}, and without that too the delivery fails with
 * that reason.
 */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    OfficerSecrets officerSecrets(MongoTemplate mongo, WebhookProperties properties, Clock clock) {
        return new OfficerSecrets(mongo, new SecretSealer(properties.secretKey()), properties, clock);
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
