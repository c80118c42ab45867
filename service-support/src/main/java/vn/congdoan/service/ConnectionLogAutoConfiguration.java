package vn.congdoan.service;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * An outage is logged once, not at every retry: one line when a connection is lost and one when it
 * returns ({@link DatabaseConnectionLog}), and one line per scheduled job that fails and one when it
 * runs again ({@link ScheduledJobFailures}, the scheduler's error handler whichever scheduler Boot
 * builds: on virtual threads, as the services run, or on a pool).
 */
@AutoConfiguration
public class ConnectionLogAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer databaseConnectionLog() {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.addClusterListener(new DatabaseConnectionLog()));
    }

    @Bean
    ScheduledJobFailures scheduledJobFailures(MeterRegistry meters) {
        return new ScheduledJobFailures(meters);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledJobFailuresOnVirtualThreads(ScheduledJobFailures failures) {
        return scheduler -> scheduler.setErrorHandler(failures);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledJobFailuresOnAPool(ScheduledJobFailures failures) {
        return scheduler -> scheduler.setErrorHandler(failures);
    }
}
