package vn.congdoan.plan;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * The people plan-service's tests act as, signed in through the test JVM's identity provider:
 * the operator who imports the directory, a unit's staff and a unit's officer.
 */
public final class SignedIn {
    public static final String CSV_HEADER = "code,name,level,sector,parentCode,openedOn,closedOn\n";

    private SignedIn() {
    }

    public static RestTestClient operator(RestTestClient http) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor("VANHANH", Role.OPERATOR));
    }

    /** Staff of the unit with {@code code}: plans it issues, the directory below it. */
    public static RestTestClient staffOf(RestTestClient http, String code) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(code, Role.FEDERATION_STAFF, Role.UNIT_OFFICER));
    }

    public static RestTestClient officerOf(RestTestClient http, String code) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(code, Role.UNIT_OFFICER));
    }

    /**
     * Imports CSV rows ({@link #CSV_HEADER}'s columns, root first) as the operator and returns
     * each code's unit id, read as the staff of the first row's unit.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> importUnits(RestTestClient http, String... rows) {
        operator(http).post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv"))
                .body((CSV_HEADER + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk();
        RestTestClient root = staffOf(http, rows[0].split(",")[0]);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String row : rows) {
            String code = row.split(",")[0];
            Map<String, Object> page = root.get().uri("/api/units?code={code}", code).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            ids.put(code, ((List<Map<String, Object>>) page.get("items")).getFirst().get("id").toString());
        }
        return ids;
    }
}
