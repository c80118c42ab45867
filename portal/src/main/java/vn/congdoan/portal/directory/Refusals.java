package vn.congdoan.portal.directory;

import java.util.List;

import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.portal.web.FormErrors;

/**
 * A directory command plan-service refused, in the form's words: a 400 field by field
 * ({@code <form>.<field>.invalid}), a 409 by the field it names ({@code <form>.<field>.conflict}:
 * the code is taken, the parent is closed, open units are still below). A 5xx is not the person's
 * mistake and goes to the error page.
 */
final class Refusals {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {
    }

    static FormErrors of(RestClientResponseException e, String form, List<String> fields) {
        if (e.getStatusCode().is5xxServerError()) {
            throw e;
        }
        if (e.getStatusCode().value() != 409) {
            return FormErrors.from(e, form, fields);
        }
        String field = problem(e).path("errors").path(0).path("field").asString("");
        return new FormErrors().add(fields.contains(field) ? field : "form",
                form + "." + (fields.contains(field) ? field + "." : "") + "conflict");
    }

    static JsonNode problem(RestClientResponseException e) {
        try {
            return JSON.readTree(e.getResponseBodyAsString());
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
