package vn.congdoan.notification.officer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PreferenceDefaults.class)
class OfficerConfiguration {
}
