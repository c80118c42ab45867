package vn.congdoan.outreach.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.units.UnitReplica;

/** A province's rosters in one CSV: ~1,000 units, all or nothing, quick, re-importing changes nothing. */
@ServiceIntegrationTest
class RosterImportIT {
    private static final int GRASSROOTS = 1_000;

    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    @Autowired
    Rosters rosters;

    /** This test's province: its staff load the rosters of the units below it. */
    Fixtures f;

    @Test
    @SuppressWarnings("unchecked")
    void importsAProvinceOfAThousandUnitsInOneGoAndARepeatChangesNothing() {
        f = new Fixtures(units, plans);
        String upper = f.upper("LĐLĐ thị xã An Nhơn");
        StringBuilder csv = new StringBuilder("\uFEFFunitCode,sector,members,workers,effectiveFrom\r\n");
        for (int i = 0; i < GRASSROOTS; i++) {
            Sector sector = i % 3 == 0 ? Sector.PUBLIC_SECTOR : Sector.ENTERPRISE;
            String code = "CDCS-" + f.tag + "-" + i;
            f.unit("cdcs-" + f.tag + "-" + i, code, "Công đoàn cơ sở số " + i, UnitLevel.GRASSROOTS, sector,
                    List.of("tld", f.province, upper));
            csv.append(code).append(',').append(sector).append(',').append(50 + i % 200).append(',')
                    .append(60 + i % 200).append(",2026-01-01\r\n");
        }
        csv.append("\"").append("CDCS-").append(f.tag).append("-7\",,5,5,2026-01-01\r\n");

        Map<String, Object> first = importCsv(csv.toString()).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        System.out.printf("[figures] roster import of %d units (%d rows): %s ms%n", GRASSROOTS, GRASSROOTS + 1,
                first.get("millis"));
        assertThat(first).containsEntry("rows", GRASSROOTS + 1).containsEntry("units", GRASSROOTS)
                .containsEntry("updated", GRASSROOTS).containsEntry("unchanged", 0);
        Roster seven = rosters.get("cdcs-" + f.tag + "-7");
        assertThat(seven.version()).isEqualTo(1);
        assertThat(seven.membersAsOf(java.time.LocalDate.of(2026, 6, 1))).isEqualTo(57 + 5);

        importCsv(csv.toString()).expectStatus().isOk().expectBody()
                .jsonPath("$.updated").isEqualTo(0).jsonPath("$.unchanged").isEqualTo(GRASSROOTS);
    }

    @Test
    void aFileWithProblemsIsRefusedWholeListingEveryRowAndColumn() {
        f = new Fixtures(units, plans);
        String upper = f.upper("LĐLĐ huyện Phù Cát");
        String good = f.grassroots(upper, "Công đoàn cơ sở Công ty TNHH Phù Cát", Sector.ENTERPRISE);
        String csv = """
                unitId,sector,members,workers,effectiveFrom
                %s,ENTERPRISE,10,12,2026-01-01
                nowhere,ENTERPRISE,10,12,2026-01-01
                %s,PUBLIC_SECTOR,-1,12,2026-01-01
                %s,FARM,10,12,2026-01-01
                %s,,20,10,2026-13-01
                """.formatted(good, good, good, good);

        importCsv(csv).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.title").isEqualTo("Import refused")
                .jsonPath("$.errors[0].row").isEqualTo(3).jsonPath("$.errors[0].field").isEqualTo("unitId")
                .jsonPath("$.errors[1].row").isEqualTo(4).jsonPath("$.errors[1].field").isEqualTo("members")
                .jsonPath("$.errors[2].row").isEqualTo(5).jsonPath("$.errors[2].field").isEqualTo("sector")
                .jsonPath("$.errors[3].row").isEqualTo(6).jsonPath("$.errors[3].field").isEqualTo("effectiveFrom")
                .jsonPath("$.errors[4].field").isEqualTo("workers");
        assertThat(rosters.get(good).version()).isZero();
        importCsv("unit,members\n").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("header");
    }

    private RestTestClient.ResponseSpec importCsv(String csv) {
        return f.staff(http).post().uri("/api/roster-imports").header("Content-Type", "text/csv; charset=utf-8")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).exchange();
    }
}
