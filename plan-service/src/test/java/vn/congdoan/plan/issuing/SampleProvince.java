package vn.congdoan.plan.issuing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.plan.SignedIn;
import vn.congdoan.testsupport.Samples;

/**
 * The sample provincial tree ({@code samples/units-binh-dinh.csv}) imported through the REST API,
 * its codes suffixed so that each test has a province of its own in the shared database.
 */
final class SampleProvince {
    private static final String QUOTE_AWARE_COMMA = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    final String suffix = "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final List<String[]> rows;
    final Map<String, String> ids = new HashMap<>();

    private SampleProvince() {
        rows = Samples.text("units-binh-dinh.csv").lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(QUOTE_AWARE_COMMA, -1)).toList();
    }

    static SampleProvince imported(RestTestClient http) {
        SampleProvince province = new SampleProvince();
        String csv = "code,name,level,sector,parentCode,openedOn,closedOn\n" + province.rows.stream()
                .map(province::suffixed).collect(Collectors.joining("\n"));
        SignedIn.operator(http).post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(csv).exchange().expectStatus().is2xxSuccessful();
        RestTestClient national = SignedIn.staffOf(http, "TLD" + province.suffix);
        province.rows.forEach(row -> province.ids.put(row[0], province.idOf(national, row[0] + province.suffix)));
        return province;
    }

    /** The provincial federation's staff: they draft, issue, revise and close its plans. */
    RestTestClient staff(RestTestClient http) {
        return SignedIn.staffOf(http, "LDLD-BINHDINH" + suffix);
    }

    /** How many units of {@code level} the CSV has open on {@code day}. */
    long openOn(LocalDate day, String level) {
        return rows.stream().filter(r -> r[2].equals(level))
                .filter(r -> !LocalDate.parse(r[5]).isAfter(day))
                .filter(r -> r[6].isBlank() || LocalDate.parse(r[6]).isAfter(day))
                .count();
    }

    private String suffixed(String[] row) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[0] = row[0] + suffix;
        copy[4] = row[4].isBlank() || row[2].equals("NATIONAL") ? "" : row[4] + suffix;
        return String.join(",", copy);
    }

    @SuppressWarnings("unchecked")
    private String idOf(RestTestClient http, String code) {
        Map<String, Object> page = http.get().uri("/api/units?code={code}", code).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).getFirst().get("id").toString();
    }
}
