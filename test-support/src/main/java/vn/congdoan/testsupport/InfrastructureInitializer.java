package vn.congdoan.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import vn.congdoan.time.ServiceClock;

/**
 * Points a service under test at this JVM's broker and at a database of its own on this JVM's
 * MongoDB, named after the application so that services never share one, starts its clock at
 * the tests' timeline ({@link TestClock}) and makes it trust this JVM's identity provider.
 * Actuator answers on a random management port of its own, never on the API port.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final String IDENTITY_PROVIDER = "vn.congdoan.identity.IdentityProviderApplication";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String application = context.getEnvironment().getProperty("spring.application.name", "test");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoUri(application),
                "management.health.mongodb.enabled", String.valueOf(infrastructure.realMongo()),
                // actuator on a port of its own, as in production (@LocalManagementPort)
                "management.server.port", "0",
                ServiceClock.START_PROPERTY, TestClock.now().toString()));
        if (ClassUtils.isPresent(IDENTITY_PROVIDER, getClass().getClassLoader())) {
            properties.putAll(signIn());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", properties));
    }

    /** A service that is a resource server trusts this JVM's identity provider. */
    private static Map<String, Object> signIn() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider.issuer(),
                // the provider is on the test classpath to run in-process; the service is no provider itself
                "spring.autoconfigure.exclude", String.join(",",
                        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
                        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"));
    }
}
