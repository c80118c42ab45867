package vn.congdoan.outreach.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * A service accepts a token only when its {@code aud} names the service: a token the trusted
 * provider signed for another of its clients, with the same unit and role, is refused.
 * (The check lives in service-support, so it holds for every service.)
 */
@ServiceIntegrationTest
class AudienceIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Test
    void aTokenIssuedToTheProductsClientNamesTheServiceAndIsAccepted() {
        String token = TestIdentityProvider.integrationToken();
        assertThat(audience(token)).contains("outreach-service");
        TestIdentityProvider.as(http, token).get().uri("/api/forms").exchange()
                .expectStatus().isOk();
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheSameProviderIsRefusedWith401() {
        String token = TestIdentityProvider.foreignClientToken();
        assertThat(audience(token)).containsExactly(TestIdentityProvider.FOREIGN_CLIENT);
        TestIdentityProvider.as(http, token).get().uri("/api/forms").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
    }

    private static List<String> audience(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonNode aud = JSON.readTree(payload).get("aud");
        return aud.isArray() ? aud.valueStream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }
}
