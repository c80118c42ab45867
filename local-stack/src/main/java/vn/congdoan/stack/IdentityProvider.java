package vn.congdoan.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The OpenID Connect provider of the local stack and of the system tests: the identity-provider
 * module's executable jar as a child process, with the demo accounts and clients of its
 * configuration. The clients' secrets come from the launcher's environment, or are demo values
 * printed nowhere but the docs. Its issuer is {@code http://127.0.0.1:<port>}.
 */
public final class IdentityProvider {
    public static final String NAME = "identity-provider";
    static final String DEMO_PORTAL_SECRET = "portal-demo-secret";
    static final String DEMO_INTEGRATION_SECRET = "integration-demo-secret";

    private IdentityProvider() {
    }

    public static ServiceProcess start(Path jar, int port, Path logFile) {
        return start(jar, port, Map.of(), logFile);
    }

    /** {@code settings}: more environment for the provider, e.g. {@code SPRING_APPLICATION_JSON} with other accounts. */
    public static ServiceProcess start(Path jar, int port, Map<String, String> settings, Path logFile) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORTAL_CLIENT_SECRET", portalSecret());
        env.put("INTEGRATION_DEMO_CLIENT_SECRET", envOr("INTEGRATION_DEMO_CLIENT_SECRET", DEMO_INTEGRATION_SECRET));
        return ServiceProcess.start(NAME, jar, port, env, logFile);
    }

    /** The portal client's secret: the launcher's {@code PORTAL_CLIENT_SECRET}, or the demo one. */
    static String portalSecret() {
        return envOr("PORTAL_CLIENT_SECRET", DEMO_PORTAL_SECRET);
    }

    /** The issuer the provider started on {@code port} puts into its tokens. */
    public static String issuer(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Ready once it publishes its OpenID discovery document. */
    public static ServiceProcess awaitReady(ServiceProcess provider, Duration timeout) {
        return provider.awaitAnswer("/.well-known/openid-configuration", body -> body.contains("\"issuer\""), timeout);
    }

    /** The launcher's own environment variable {@code name}, or the demo value when it is not set. */
    static String envOr(String name, String demoValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? demoValue : value;
    }
}
