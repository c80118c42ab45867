package vn.congdoan.plan.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The unit endpoints as the integration tests call them; codes get a suffix unique to the test. */
final class UnitApi {
    private final RestTestClient http;
    final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    UnitApi(RestTestClient http) {
        this.http = http;
    }

    String code(String base) {
        return base + "-" + suffix;
    }

    Map<String, Object> national() {
        return create(Map.of("code", code("TLD"), "name", "Tổng Liên đoàn Lao động Việt Nam", "level", "NATIONAL",
                "openedOn", "1929-07-28"));
    }

    Map<String, Object> create(String base, String name, String level, Map<String, Object> parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code(base), "name", name, "level", level,
                "parentId", parent.get("id"), "openedOn", "1990-01-01"));
        if (level.equals("GRASSROOTS")) {
            body.put("sector", "ENTERPRISE");
        }
        return create(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> create(Map<String, Object> body) {
        return http.post().uri("/api/units").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(Object id) {
        return http.get().uri("/api/units/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> page(String uri, Object... variables) {
        return http.get().uri(uri, variables).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> byCode(String code) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) page("/api/units?code={code}", code).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    RestTestClient.ResponseSpec post(String uri, Object body, Object... variables) {
        return http.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> importCsv(String csv) {
        return http.post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec postCsv(byte[] csv) {
        return http.post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv")).body(csv).exchange();
    }
}
