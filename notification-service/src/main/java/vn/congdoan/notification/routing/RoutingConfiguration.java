package vn.congdoan.notification.routing;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.congdoan.notification.delivery.DeliveryQueue;
import vn.congdoan.notification.officer.OfficersByUnit;
import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.notification.template.MessageTemplates;
import vn.congdoan.notification.units.DigestTimes;

@Configuration
@EnableConfigurationProperties(RoutingRules.class)
class RoutingConfiguration {

    @Bean
    Notifier notifier(RoutingRules rules, OfficersByUnit byUnit, MongoTemplate mongo, DeliveryQueue queue,
                      MeterRegistry meters, MessageTemplates templates, PreferenceDefaults defaults, DigestTimes digestTimes,
                      Clock clock) {
        NotificationComposer composer = new NotificationComposer(templates, clock, defaults, rules, digestTimes::digestAt);
        return new Notifier(new Router(rules, byUnit::officersOf), composer, mongo, queue, meters);
    }
}
