package vn.congdoan.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" is Viet Nam's calendar day, read from this one clock. Like the services' clock, it starts
 * at {@code congdoan.clock.start} when that names an instant (tests and demonstrations state their
 * day so), else it follows the machine.
 */
@Configuration
class ClockConfiguration {
    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock(@Value("${congdoan.clock.start:}") String start) {
        Clock machine = Clock.system(VIET_NAM);
        return start.isBlank() ? machine
                : Clock.offset(machine, Duration.between(machine.instant(), Instant.parse(start.strip())));
    }
}
