package vn.congdoan.service;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** One log line when a connection is lost and one when it returns (see {@link DatabaseConnectionLog}). */
@AutoConfiguration
public class ConnectionLogAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer databaseConnectionLog() {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.addClusterListener(new DatabaseConnectionLog()));
    }
}
