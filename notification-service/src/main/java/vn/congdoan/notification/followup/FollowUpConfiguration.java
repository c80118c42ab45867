package vn.congdoan.notification.followup;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.notification.plans.PlanTitles;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.units.UnitNames;

@Configuration
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {

    @Bean
    FollowUps followUps(MongoTemplate mongo) {
        return new FollowUps(mongo);
    }

    @Bean
    FollowUpJob followUpJob(FollowUps followUps, UnitNames names, PlanTitles planTitles, Notifier notifier,
                            FollowUpProperties properties, PreferenceDefaults defaults, Clock clock) {
        FollowUpDigest digest = new FollowUpDigest(names::unitsOf, planTitles::titleOf, properties.maxNames());
        return new FollowUpJob(followUps, digest, notifier, names::nameOf, properties, clock, defaults.zone());
    }
}
