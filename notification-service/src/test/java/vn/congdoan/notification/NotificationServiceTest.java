package vn.congdoan.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import vn.congdoan.testsupport.InfrastructureInitializer;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * {@link ServiceIntegrationTest} plus this JVM's SMTP server: the whole service on a random port
 * against real Kafka, the MongoDB stand-in (or real ones) and GreenMail. Every integration test of
 * this service uses exactly this, so Spring's cache holds one consuming context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.delivery.poll-interval=100ms",
        "notification.defaults.quiet-from=00:00",
        "notification.defaults.quiet-to=00:00",
        "notification.webhook.secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "notification.webhook.allowed-hosts=127.0.0.1"})
@ContextConfiguration(initializers = {InfrastructureInitializer.class, MailServer.class})
@AutoConfigureRestTestClient
public @interface NotificationServiceTest {
}
