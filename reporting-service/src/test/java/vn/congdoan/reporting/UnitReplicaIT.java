package vn.congdoan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.TestIdentityProvider;

import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestProducer;
import vn.congdoan.units.UnitReplica;

/** reporting-service keeps its own copy of the union directory from plan.units. */
@ServiceIntegrationTest
class UnitReplicaIT {
    @Autowired
    UnitReplica replica;
    @LocalManagementPort
    int managementPort;

    @Test
    void keepsTheNewestVersionOfEachUnitAndIgnoresAnOlderOneArrivingLate() {
        String id = UUID.randomUUID().toString();
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(EventType.UNIT_CHANGED, id + ":2", id, unit(id, "Công đoàn cơ sở Trường THPT Trưng Vương", 2));
            await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(id).isPresent());
            producer.sendEvent(EventType.UNIT_CHANGED, id + ":1", id, unit(id, "Tên cũ", 1));
            producer.sendEvent(EventType.UNIT_CHANGED, id + ":3", id, unit(id, "Công đoàn cơ sở Trường THPT Trưng Vương, Quy Nhơn", 3));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(id).orElseThrow().version() == 3);
        assertThat(replica.find(id).orElseThrow().name()).isEqualTo("Công đoàn cơ sở Trường THPT Trưng Vương, Quy Nhơn");
    }

    @Test
    void itsHealthReflectsTheKafkaBinder() {
        // details are for operators only
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components").doesNotExist();
        TestIdentityProvider.as(http, TestIdentityProvider.tokenFor("ANY-UNIT", Role.OPERATOR)).get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.binders.status").isEqualTo("UP");
    }

    private static String unit(String id, String name, long version) {
        return """
                {"id":"%s","code":"CDCS-%s","name":"%s","level":"GRASSROOTS","sector":"PUBLIC_SECTOR",
                 "parentId":"p","ancestors":["n","p"],"openedOn":"1990-09-05","closedOn":null,
                 "parentSince":"1990-09-05","version":%d}""".formatted(id, version, name, version);
    }
}
