package vn.congdoan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdentityProviderIT {
    private static ConfigurableApplicationContext provider;
    private static String issuer;
    private static SignInClient signIn;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        provider = IdentityProviderApplication.start("--server.port=" + port,
                "--PORTAL_CLIENT_SECRET=portal-test-secret", "--INTEGRATION_DEMO_CLIENT_SECRET=integration-test-secret");
        issuer = "http://127.0.0.1:" + port;
        signIn = new SignInClient(issuer);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void publishesOpenIdDiscoveryForItsIssuer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JsonMapper.builder().build().readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
        assertThat(discovery.get("jwks_uri").asString()).startsWith(issuer);
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void signsInAGrassrootsOfficerWhoseTokenCarriesUnitAndRoles() {
        Jwt token = verified(signIn.accessToken("canbo.lequydon", "demo"));

        assertThat(token.getIssuer().toString()).isEqualTo(issuer);
        assertThat(token.getSubject()).isEqualTo("canbo.lequydon");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("canbo.lequydon");
        assertThat(token.getClaimAsString("name")).isEqualTo("Lê Thị Bình");
        assertThat(token.getClaimAsString("unit_code")).isEqualTo("CDCS-0002");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("UNIT_OFFICER");
        assertThat(token.getClaimAsString("locale")).isEqualTo("vi");
    }

    @Test
    void givesTheUpperLevelApproverBothRoles() {
        Jwt token = verified(signIn.accessToken("duyet.giaoduc", "demo"));

        assertThat(token.getClaimAsString("unit_code")).isEqualTo("CDN-GIAODUC-BD");
        assertThat(token.getClaimAsStringList("roles")).containsExactlyInAnyOrder("UNIT_OFFICER", "APPROVER");
    }

    @Test
    void refusesAWrongPassword() {
        assertThatThrownBy(() -> signIn.accessToken("canbo.lequydon", "not-the-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("canbo.lequydon");
    }

    @Test
    void givesTheIntegrationClientAReadOnlyRoleAndItsUnit() {
        Jwt token = verified(signIn.clientToken("integration-demo", "integration-test-secret"));

        assertThat(token.getSubject()).isEqualTo("integration-demo");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("INTEGRATION");
        assertThat(token.getClaimAsString("unit_code")).isEqualTo("LDLD-BINHDINH");
    }

    /** Checked as a resource server would: signature against the published keys, issuer, expiry. */
    private static Jwt verified(String token) {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
        return decoder.decode(token);
    }
}
