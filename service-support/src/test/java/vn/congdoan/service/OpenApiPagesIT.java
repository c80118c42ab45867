package vn.congdoan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springdoc.webmvc.ui.SwaggerConfig;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document and Swagger UI are for developers: off unless the {@code dev} profile is
 * active (ServiceDefaults), so that a deployed service does not describe its API to whoever asks.
 */
class OpenApiPagesIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutTheDevelopmentProfileTheOpenApiDocumentAndSwaggerUiAreNotServed() throws Exception {
        try (ConfigurableApplicationContext service = start()) {
            assertThat(send(service, "/api/ping").statusCode()).as("the API itself").isEqualTo(200);
            assertThat(send(service, "/v3/api-docs").statusCode()).isEqualTo(404);
            assertThat(send(service, "/swagger-ui.html").statusCode()).isEqualTo(404);
            assertThat(send(service, "/swagger-ui/index.html").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void inTheDevelopmentProfileTheyAreServed() throws Exception {
        try (ConfigurableApplicationContext service = start(ServiceDefaults.DEVELOPMENT_PROFILE)) {
            HttpResponse<String> document = send(service, "/v3/api-docs");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("\"/api/ping\"");
            assertThat(send(service, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(String... profiles) {
        return new SpringApplicationBuilder(DocumentedApi.class).profiles(profiles).run("--server.port=0");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext service, String path) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A web application with springdoc, as every service has it. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SpringDocConfiguration.class, SpringDocConfigProperties.class, SpringDocWebMvcConfiguration.class,
            SwaggerConfig.class, SwaggerUiConfigProperties.class, SwaggerUiOAuthProperties.class})
    @RestController
    static class DocumentedApi {
        @GetMapping("/api/ping")
        String ping() {
            return "pong";
        }
    }
}
