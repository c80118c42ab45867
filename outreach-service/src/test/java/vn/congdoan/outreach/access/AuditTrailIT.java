package vn.congdoan.outreach.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.units.UnitReplica;

/**
 * Every state-changing request of a signed-in caller is recorded (service-support's audit trail),
 * refusals and failures with their status, and read per unit by the staff above it.
 */
@ServiceIntegrationTest
class AuditTrailIT {
    private static final String ROSTER = "{\"effectiveFrom\":\"2026-01-01\",\"counts\":[{\"members\":80,\"workers\":85}]}";

    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    @Autowired
    Clock clock;
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyChangeIsRecordedWithWhoWhatTargetStatusAndTimeAndReadByTheStaffAbove() {
        Fixtures f = new Fixtures(units, plans);
        String u = f.upper("LĐLĐ huyện Tuy Phước");
        String a = f.grassroots(u, "Công đoàn cơ sở Trường A", Sector.PUBLIC_SECTOR);
        String b = f.grassroots(u, "Công đoàn cơ sở Trường B", Sector.PUBLIC_SECTOR);
        RestTestClient officerA = f.officerOf(http, a);
        Instant before = clock.instant();

        officerA.put().uri("/api/units/{unitId}/roster", a).contentType(MediaType.APPLICATION_JSON).body(ROSTER)
                .exchange().expectStatus().isOk();
        f.officerOf(http, b).put().uri("/api/units/{unitId}/roster", a).contentType(MediaType.APPLICATION_JSON).body(ROSTER)
                .exchange().expectStatus().isForbidden(); // another unit's roster
        officerA.post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body("{\"unitId\":\"" + a + "\"}")
                .exchange().expectStatus().isBadRequest();
        TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(f.code(a), Role.INTEGRATION))
                .put().uri("/api/units/{unitId}/roster", a).contentType(MediaType.APPLICATION_JSON).body(ROSTER)
                .exchange().expectStatus().isForbidden(); // its role changes nothing
        http.put().uri("/api/units/{unitId}/roster", a).contentType(MediaType.APPLICATION_JSON).body(ROSTER)
                .exchange().expectStatus().isUnauthorized(); // no token: nobody to record
        officerA.get().uri("/api/units/{unitId}/roster", a).exchange().expectStatus().isOk(); // a read is not recorded
        Instant after = clock.instant();

        JsonNode page = f.staff(http).get().uri("/api/audit?unitId={unitId}", a).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(page.get("totalItems").asLong()).isEqualTo(4);
        List<JsonNode> entries = new ArrayList<>();
        page.get("items").forEach(entries::add);
        assertThat(entries).extracting(entry -> entry.get("method").asString() + " " + entry.get("status").asInt() + " "
                        + entry.get("unitCode").asString() + " " + entry.get("roles").toString())
                .as("newest first").containsExactly(
                        "PUT 403 " + f.code(a) + " [\"INTEGRATION\"]",
                        "POST 400 " + f.code(a) + " [\"UNIT_OFFICER\"]",
                        "PUT 403 " + f.code(b) + " [\"UNIT_OFFICER\"]",
                        "PUT 200 " + f.code(a) + " [\"UNIT_OFFICER\"]");
        JsonNode first = entries.getLast();
        assertThat(first.get("path").asString()).isEqualTo("/api/units/" + a + "/roster");
        assertThat(first.get("targetUnitId").asString()).isEqualTo(a);
        assertThat(first.get("unitId").asString()).isEqualTo(a);
        assertThat(first.get("subject").asString()).isNotBlank();
        assertThat(Instant.parse(first.get("at").asString())).as("the service's clock").isBetween(before, after);
        assertThat(entries.get(2).get("unitId").asString()).as("the caller's unit").isEqualTo(b);
        assertThat(entries.get(1).path("targetUnitId").isString()).as("a unit named only in the body is not read").isFalse();

        assertThat(f.staff(http).get().uri("/api/audit?unitId={unitId}&from={from}", a, after.plusSeconds(1)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("totalItems").asLong())
                .as("nothing after the last request").isZero();
        assertThat(f.staff(http).get().uri("/api/audit?unitId={unitId}&size=2", b).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items").size())
                .as("officer B's refused request, found by B's unit too").isEqualTo(1);
    }

    @Test
    void onlyTheUnitsWithinTheCallersSubtreeAndABoundedPage() {
        Fixtures f = new Fixtures(units, plans);
        Fixtures other = new Fixtures(units, plans);
        String u = f.upper("LĐLĐ huyện Phù Cát");

        other.staff(http).get().uri("/api/audit?unitId={unitId}", u).exchange().expectStatus().isForbidden();
        f.officerOf(http, u).get().uri("/api/audit?unitId={unitId}", u).exchange().expectStatus().isForbidden();
        f.staff(http).get().uri("/api/audit?unitId={unitId}&size=201", u).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        f.staff(http).get().uri("/api/audit").exchange().expectStatus().isOk(); // the caller's own unit
    }

    @Test
    void recordsExpireAfterTheConfiguredRetention() {
        List<IndexInfo> indexes = mongo.indexOps("auditTrail").getIndexInfo();

        assertThat(indexes).filteredOn(index -> index.getName().equals("retention")).singleElement()
                .satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofDays(400)));
    }
}
