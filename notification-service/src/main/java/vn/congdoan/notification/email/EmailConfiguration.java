package vn.congdoan.notification.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EmailProperties.class)
class EmailConfiguration {
    /** The system property Jakarta Mail reads before it looks for a {@code StreamProvider} with a ServiceLoader. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /**
     * Names Angus Mail's stream provider. Otherwise Jakarta Mail 2.1 runs a ServiceLoader, reading
     * {@code META-INF/services} in every jar, several times for each message it builds or sends
     * (jakartaee/mail-api#699): a fifth of the dispatcher's time in the benchmark's profile.
     * An operator's own setting is left alone.
     */
    EmailConfiguration() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }
}
