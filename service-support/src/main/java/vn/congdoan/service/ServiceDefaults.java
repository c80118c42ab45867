package vn.congdoan.service;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Settings every service shares (actuator endpoints, graceful shutdown, virtual threads, the
 * metrics tag), added with the lowest precedence so that a service's own application.yml and
 * environment variables still override them.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("congdoan-service-defaults", new ClassPathResource("congdoan-service-defaults.properties")));
        } catch (IOException e) {
            throw new IllegalStateException("congdoan-service-defaults.properties is missing from service-support", e);
        }
    }
}
