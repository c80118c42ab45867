package vn.congdoan.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is wrong with a form, field by field, as message keys: shown in the error summary at the top
 * of the page and beside each field (GOV.UK's pattern). A service's 400 problem detail names the
 * fields; the officer reads the portal's own words for them, never the service's English.
 */
public final class FormErrors {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }

    /**
     * The fields a service refused, each worded by {@code <form>.<field>.invalid} where the form knows
     * the field, else by the form's general message; a conflict (409) by {@code <form>.conflict}.
     */
    public static FormErrors from(RestClientResponseException e, String form, List<String> knownFields) {
        FormErrors errors = new FormErrors();
        if (e.getStatusCode().value() == 409) {
            return errors.add("form", form + ".conflict");
        }
        JsonNode problem = parse(e.getResponseBodyAsString());
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            String known = knownFields.stream().filter(f -> field.equals(f) || field.startsWith(f + "[")
                    || field.startsWith(f + ".")).findFirst().orElse(null);
            errors.add(known == null ? "form" : known, known == null ? form + ".invalid" : form + "." + known + ".invalid");
        }
        return errors.any() ? errors : errors.add("form", form + ".invalid");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }
}
