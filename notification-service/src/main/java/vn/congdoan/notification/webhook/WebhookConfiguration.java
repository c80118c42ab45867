package vn.congdoan.notification.webhook;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.template.MessageTemplates;

/** The webhook channel exists once a signing secret is configured; without one, webhooks fail with that reason. */
@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    @ConditionalOnProperty("notification.webhook.secret")
    WebhookChannel webhookChannel(WebhookProperties properties, JsonMapper json, MessageTemplates templates, Clock clock) {
        return new WebhookChannel(properties, json, templates, clock);
    }
}
