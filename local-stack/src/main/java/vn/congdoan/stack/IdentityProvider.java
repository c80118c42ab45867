package vn.congdoan.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The OpenID Connect provider of the local stack: the identity-provider module's executable jar
 * as a child process, with the demo accounts and clients of its configuration. The clients'
 * secrets come from the launcher's environment, or are demo values printed nowhere but the docs.
 */
final class IdentityProvider {
    static final String NAME = "identity-provider";
    static final String DEMO_PORTAL_SECRET = "portal-demo-secret";
    static final String DEMO_INTEGRATION_SECRET = "integration-demo-secret";

    private IdentityProvider() {
    }

    static ServiceProcess start(Path jar, int port, Path logFile) {
        return ServiceProcess.start(NAME, jar, port, Map.of(
                "PORTAL_CLIENT_SECRET", envOr("PORTAL_CLIENT_SECRET", DEMO_PORTAL_SECRET),
                "INTEGRATION_DEMO_CLIENT_SECRET", envOr("INTEGRATION_DEMO_CLIENT_SECRET", DEMO_INTEGRATION_SECRET)),
                logFile);
    }

    /** Ready once it publishes its OpenID discovery document. */
    static ServiceProcess awaitReady(ServiceProcess provider, Duration timeout) {
        return provider.awaitAnswer("/.well-known/openid-configuration", body -> body.contains("\"issuer\""), timeout);
    }

    private static String envOr(String name, String demoValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? demoValue : value;
    }
}
