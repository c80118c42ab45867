package vn.congdoan.notification.officer;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration
@EnableConfigurationProperties(PreferenceDefaults.class)
class OfficerConfiguration {

    @Bean
    OfficersByUnit officersByUnit(MongoTemplate mongo) {
        return new OfficersByUnit(mongo);
    }

    @Bean
    ApplicationRunner indexOfficersByUnit(OfficersByUnit index) {
        return arguments -> {
            index.rebuildIfEmpty();
            index.repairInterrupted();
        };
    }
}
