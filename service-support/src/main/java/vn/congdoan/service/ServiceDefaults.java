package vn.congdoan.service;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Settings every service shares (actuator endpoints, graceful shutdown, virtual threads, the
 * metrics tag, the OpenAPI pages off), added with the lowest precedence so that a service's own
 * application.yml and environment variables still override them; in the {@value #DEVELOPMENT_PROFILE}
 * profile the development defaults (the OpenAPI pages on) come before them.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {
    /** The profile {@code ./run-local} starts the services with. */
    public static final String DEVELOPMENT_PROFILE = "dev";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEVELOPMENT_PROFILE))) {
            environment.getPropertySources().addLast(load("congdoan-service-defaults-dev"));
        }
        environment.getPropertySources().addLast(load("congdoan-service-defaults"));
    }

    private static ResourcePropertySource load(String name) {
        try {
            return new ResourcePropertySource(name, new ClassPathResource(name + ".properties"));
        } catch (IOException e) {
            throw new IllegalStateException(name + ".properties is missing from service-support", e);
        }
    }
}
