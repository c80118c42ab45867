package vn.congdoan.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import vn.congdoan.time.ServiceClock;

/**
 * Points a service under test at this JVM's broker and at a database of its own on this JVM's
 * MongoDB, named after the application so that services never share one, and starts its clock at
 * the tests' timeline ({@link TestClock}).
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String application = context.getEnvironment().getProperty("spring.application.name", "test");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoUri(application),
                "management.health.mongodb.enabled", String.valueOf(infrastructure.realMongo()),
                ServiceClock.START_PROPERTY, TestClock.now().toString())));
    }
}
