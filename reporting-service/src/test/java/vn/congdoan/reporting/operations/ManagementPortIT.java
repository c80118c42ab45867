package vn.congdoan.reporting.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * Actuator answers on the management port only: the API port has no health, info or metrics;
 * on the management port the probes need no token and the metrics are the operator's.
 */
@ServiceIntegrationTest
class ManagementPortIT {
    @LocalServerPort
    int apiPort;
    @LocalManagementPort
    int managementPort;

    @Test
    void theApiPortServesNoActuatorEndpoint() {
        assertThat(managementPort).isNotEqualTo(apiPort);
        RestTestClient api = at(apiPort);

        TestIdentityProvider.as(api, operator()).get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        api.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        api.get().uri("/actuator/info").exchange().expectStatus().isNotFound();
    }

    @Test
    void theManagementPortAnswersProbesWithoutATokenAndMetricsToTheOperatorOnly() {
        RestTestClient management = at(managementPort);

        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            management.get().uri(probe).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        }
        management.get().uri("/actuator/info").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        TestIdentityProvider.as(management, TestIdentityProvider.tokenFor("LDLD-BINHDINH", Role.FEDERATION_STAFF))
                .get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        String metrics = TestIdentityProvider.as(management, operator()).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(metrics).contains("application=\"reporting-service\"");
    }

    private static String operator() {
        return TestIdentityProvider.tokenFor("LDLD-BINHDINH", Role.OPERATOR);
    }

    private static RestTestClient at(int port) {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }
}
