package vn.congdoan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.identity.Accounts;
import vn.congdoan.identity.IdentityProperties.Account;
import vn.congdoan.identity.IdentityProviderApplication;
import vn.congdoan.identity.SignInClient;
import vn.congdoan.security.Role;

/**
 * The identity provider of this test JVM: the real OpenID Connect provider (the
 * identity-provider module) started once, in-process, on a free port. Tests sign people in through
 * its login form (authorization code with PKCE) and get real signed tokens that the service under
 * test verifies against the provider's published keys; nothing is signed by the test itself.
 * A test registers the people it needs for the units it creates ({@link #tokenFor}).
 */
public final class TestIdentityProvider {
    public static final String PORTAL_SECRET = "portal-test-secret";
    public static final String INTEGRATION_SECRET = "integration-test-secret";
    /** A client of the same provider that is not one of the product's: its tokens do not name the services. */
    public static final String FOREIGN_CLIENT = "other-app";
    private static final String FOREIGN_SECRET = "other-app-secret";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestIdentityProvider() {
    }

    public static String issuer() {
        return Holder.ISSUER;
    }

    /** An access token for one of the demo accounts (password "demo"). */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, name -> new SignInClient(issuer()).accessToken(name, "demo"));
    }

    /**
     * An access token for a person of the unit with directory code {@code unitCode} who has
     * {@code roles}: registered on first use as {@code <role>.<unitCode>} and signed in.
     */
    public static String tokenFor(String unitCode, Role... roles) {
        String username = String.join("+", Arrays.stream(roles).map(Role::name).toList()).toLowerCase(Locale.ROOT) + "." + unitCode;
        return signedIn(username, username + "@example.vn", unitCode, roles);
    }

    /**
     * An access token for the person whose e-mail is {@code email}, of the unit with directory
     * code {@code unitCode}: how a test signs in as an officer a service knows by e-mail.
     */
    public static String tokenAs(String email, String unitCode, Role... roles) {
        return signedIn(email, email, unitCode, roles);
    }

    private static String signedIn(String username, String email, String unitCode, Role... roles) {
        return TOKENS.computeIfAbsent(username, name -> {
            Holder.ACCOUNTS.register(new Account(name, "{noop}test", "Cán bộ " + unitCode, email,
                    unitCode, Arrays.stream(roles).map(Role::name).toList(), "vi"));
            return new SignInClient(issuer()).accessToken(name, "test");
        });
    }

    /** The same client, every request carrying {@code token} as its bearer token. */
    public static RestTestClient as(RestTestClient http, String token) {
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** A client-credentials token of the integration-demo client. */
    public static String integrationToken() {
        return TOKENS.computeIfAbsent("client:integration-demo",
                key -> new SignInClient(issuer()).clientToken("integration-demo", INTEGRATION_SECRET));
    }

    /**
     * A client-credentials token of {@link #FOREIGN_CLIENT}: signed by the trusted issuer and
     * claiming the same unit and role as the integration-demo client, but issued to another
     * client, so its {@code aud} names no service.
     */
    public static String foreignClientToken() {
        return TOKENS.computeIfAbsent("client:" + FOREIGN_CLIENT,
                key -> new SignInClient(issuer()).clientToken(FOREIGN_CLIENT, FOREIGN_SECRET));
    }

    private static final class Holder {
        private static final String ISSUER;
        private static final Accounts ACCOUNTS;

        static {
            int port = freePort();
            ConfigurableApplicationContext context = IdentityProviderApplication.start("--server.port=" + port,
                    "--PORTAL_CLIENT_SECRET=" + PORTAL_SECRET, "--INTEGRATION_DEMO_CLIENT_SECRET=" + INTEGRATION_SECRET,
                    "--spring.main.banner-mode=off",
                    "--spring.security.oauth2.authorizationserver.client." + FOREIGN_CLIENT + ".registration.client-id=" + FOREIGN_CLIENT,
                    "--spring.security.oauth2.authorizationserver.client." + FOREIGN_CLIENT + ".registration.client-secret={noop}" + FOREIGN_SECRET,
                    "--spring.security.oauth2.authorizationserver.client." + FOREIGN_CLIENT + ".registration.client-authentication-methods=client_secret_basic",
                    "--spring.security.oauth2.authorizationserver.client." + FOREIGN_CLIENT + ".registration.authorization-grant-types=client_credentials",
                    "--identity.clients." + FOREIGN_CLIENT + ".name=Ứng dụng khác",
                    "--identity.clients." + FOREIGN_CLIENT + ".unit-code=LDLD-BINHDINH",
                    "--identity.clients." + FOREIGN_CLIENT + ".roles=INTEGRATION");
            ISSUER = "http://127.0.0.1:" + port;
            ACCOUNTS = context.getBean(Accounts.class);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-identity-provider-stop"));
            System.out.println("[test-identity-provider] issuer=" + ISSUER);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
