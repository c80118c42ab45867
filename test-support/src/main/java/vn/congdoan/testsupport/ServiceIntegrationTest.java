package vn.congdoan.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started whole on a random port against this JVM's real broker and database, with the
 * profile {@code it} (a service's {@code application-it.yml} holds its test-only settings). Keep one
 * such configuration per service so that Spring's context cache holds one consuming context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@AutoConfigureRestTestClient
@ActiveProfiles("it")
public @interface ServiceIntegrationTest {
}
