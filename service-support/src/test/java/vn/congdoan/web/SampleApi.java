package vn.congdoan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A small web application with the request shapes the services use, to try the shared error answers on. */
@SpringBootConfiguration
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class, ValidationAutoConfiguration.class, WebAutoConfiguration.class})
@Import(SampleApi.Api.class)
class SampleApi {

    enum Level { PROVINCIAL, GRASSROOTS }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Once.class, name = "ONCE"), @JsonSubTypes.Type(value = Yearly.class, name = "YEARLY")})
    sealed interface Deadline permits Once, Yearly {
    }

    record Once(LocalDate due) implements Deadline {
        Once {
            java.util.Objects.requireNonNull(due, "due");
        }
    }

    record Yearly(String day) implements Deadline {
    }

    record Reminders(List<Integer> daysBefore) {
    }

    record Assignment(String unitId, LocalDate startDate, int attendance, Level level, Deadline deadline,
                      Reminders reminders, List<String> evidence, boolean reportTask) {
    }

    @RestController
    static class Api {
        @PostMapping("/api/assignments")
        Assignment assign(@RequestBody Assignment assignment) {
            return assignment;
        }

        @PostMapping(path = "/api/units/import", consumes = "text/csv")
        Map<String, Integer> importCsv(@RequestBody byte[] body) {
            return Map.of("bytes", body.length);
        }

        @PostMapping("/api/assignments/batch")
        Map<String, Integer> assignAll(@RequestBody List<Assignment> assignments) {
            return Map.of("assignments", assignments.size());
        }

        @PostMapping(path = "/api/documents", consumes = MediaType.ALL_VALUE)
        Map<String, Integer> document(@RequestBody(required = false) byte[] body) {
            return Map.of("bytes", body == null ? 0 : body.length);
        }

        @GetMapping("/api/units/{id}")
        Map<String, String> unit(@PathVariable String id) {
            throw new NotFoundException("unit", id);
        }

        @GetMapping("/api/broken")
        String broken() {
            throw new IllegalStateException("a bug, not the caller's doing");
        }
    }
}
