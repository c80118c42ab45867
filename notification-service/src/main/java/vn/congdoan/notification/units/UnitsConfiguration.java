package vn.congdoan.notification.units;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.notification.officer.PreferenceDefaults;
import vn.congdoan.units.UnitReplica;

@Configuration
class UnitsConfiguration {

    @Bean
    UnitNames unitNames(UnitReplica replica, MongoTemplate mongo) {
        return new UnitNames(replica, mongo);
    }

    @Bean
    DigestTimes digestTimes(MongoTemplate mongo, PreferenceDefaults defaults, Clock clock) {
        return new DigestTimes(mongo, defaults.digestAt(), clock);
    }
}
