package vn.congdoan.plan.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.plan.SignedIn;

/**
 * The unit endpoints as the integration tests call them; codes get a suffix unique to the test.
 * The operator imports; everything else is done by the staff of the test's national unit
 * ({@code code("TLD")}) or of another unit ({@link #staffOf}).
 */
final class UnitApi {
    private final RestTestClient signedOut;
    private final RestTestClient http;
    private final RestTestClient operator;
    final String suffix;

    UnitApi(RestTestClient http) {
        this(http, UUID.randomUUID().toString().substring(0, 8).toUpperCase(), null);
    }

    private UnitApi(RestTestClient signedOut, String suffix, String staffCode) {
        this.signedOut = signedOut;
        this.suffix = suffix;
        this.http = SignedIn.staffOf(signedOut, staffCode != null ? staffCode : code("TLD"));
        this.operator = SignedIn.operator(signedOut);
    }

    /** The same endpoints as the staff of the unit with {@code code}. */
    UnitApi staffOf(String code) {
        return new UnitApi(signedOut, suffix, code);
    }

    String code(String base) {
        return base + "-" + suffix;
    }

    /** The test's national unit, imported by the operator (staff open units only below their own). */
    Map<String, Object> national() {
        importCsv(SignedIn.CSV_HEADER + code("TLD") + ",Tổng Liên đoàn Lao động Việt Nam,NATIONAL,,,1929-07-28,");
        return byCode(code("TLD"));
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
        return operator.post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    RestTestClient.ResponseSpec postCsv(byte[] csv) {
        return operator.post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv")).body(csv).exchange();
    }
}
