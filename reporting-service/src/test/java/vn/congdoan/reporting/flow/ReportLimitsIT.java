package vn.congdoan.reporting.flow;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.testsupport.ServiceIntegrationTest;

/** A report document cannot grow without bound: its versions are capped, its texts bounded. */
@ServiceIntegrationTest
class ReportLimitsIT {
    private static final int MAX_VERSIONS = 50;

    @Autowired
    RestTestClient http;
    @Autowired
    Clock clock;

    @Test
    void aReportKeepsAtMostFiftyVersionsAndTheNextIsRefusedWithTheReason() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);
        RestTestClient officer = p.officerOf(http, p.school);
        for (int version = 1; version <= MAX_VERSIONS; version++) {
            submit(officer, p, "lần " + version).expectStatus().is2xxSuccessful().expectBody().jsonPath("$.version").isEqualTo(version);
        }

        submit(officer, p, "lần 51").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("period")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("already has 50 versions"));
    }

    @Test
    void aNarrativeLongerThanTheLimitIsRefusedNamingTheField() {
        Province p = new Province(LocalDate.now(clock));
        p.publish(http);

        submit(p.officerOf(http, p.school), p, "x".repeat(20_001)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("narrative");
    }

    private static RestTestClient.ResponseSpec submit(RestTestClient officer, Province p, String narrative) {
        return officer.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON).body("""
                {"planId":"%s","unitId":"%s","period":"%d","counts":[{"metric":"MEMBERS","value":10}],"narrative":"%s"}"""
                .formatted(p.planId, p.school, p.year, narrative)).exchange();
    }
}
